# التواريخ والأرقام ولغة المحتوى.

format-time-on-date = الساعة { $time } بالتوقيت العالمي المنسق في { $date }
language-unknown = اللغة "{ $value }" ليست رمز لغة وفق المعيار ISO 639-1: استخدم حرفين، مثل en أو fr أو es أو ar، أو اترك الحقل فارغًا
language-field-section = اللغة
language-field-label = لغة نص هذا الالتزام
language-field-hint = اللغة التي كُتب بها العنوان والأوصاف. يساعد ذلك القرّاء وقارئات الشاشة بلغات أخرى.
language-field-unknown = غير محددة
