# رسائل التحقق: ما الخطأ فيما أُرسل، وكيف يُصحَّح.
# الرسائل what-* وsection-* وlabel-* أجزاء من جمل: اسم حقل من الحقول.
# الأعداد تختار صيغة الاسم المعدود وفق قواعد العربية (zero، one، two، few، many، other).

## الصفحات التي فيها أخطاء.
error-title-prefix = خطأ:
error-prefix = خطأ:
error-summary-title = هناك مشكلة

## قواعد مشتركة بين جميع الحقول.
field-missing = أدخِل { $what }
field-not-one-line = أدخِل { $what } في سطر واحد، من دون أحرف تحكّم
field-too-long = اختصِر { $what } إلى { ARABIC_PLURAL($max) ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } أو أقل
field-too-long-has = اختصِر { $what } إلى { ARABIC_PLURAL($max) ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } أو أقل (عدد أحرفه الآن { $length })
field-control-chars = احذف أحرف التحكّم من { $what }
choice-missing = اختر { $what }
choice-unknown = اختر { $what } من القائمة («{ $value }» ليس من خياراتها)
list-value-unknown = «{ $value }» ليس من { $what }: اختر من القائمة
date-not-a-date = يجب أن يكون { $label } تاريخًا صحيحًا بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم)، مثل 2024-03-31
date-placeholder = لا يمكن أن يكون { $label } ‎1969-12-31 أو ‎1970-01-01: هذان تاريخان وهميان، فأدخِل التاريخ الحقيقي
date-out-of-range = يجب أن يقع { $label } بين ‎1945-01-01 و‎2100-12-31

## استمارة التسجيل: العنوان والفئة والجهة الرائدة والأقسام.
title-missing = أدخِل عنوانًا
title-not-one-line = يجب أن يكون العنوان في سطر واحد، من دون أحرف تحكّم
title-too-short = يجب ألا يقل العنوان عن { ARABIC_PLURAL($min) ->
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    }
title-too-long = يجب ألا يزيد العنوان على { ARABIC_PLURAL($max) ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } (عدد أحرفه الآن { $length })
what-category = فئة
what-lead-entity = الجهة الرائدة
what-entity-type = نوع الجهة الرائدة
what-objective = الهدف
what-implementation = طريقة التنفيذ
section-objective = الهدف
section-stakeholders = أصحاب المصلحة
section-implementation = التنفيذ
section-results = النتائج
section-enabling-factors = العوامل المساعدة
section-sustainability = الاستدامة
section-other-sources = المصادر الأخرى
section-geographical-coverage = النطاق الجغرافي

## الأهداف والغايات ووسائل التنفيذ.
sdg-unknown = الهدف «{ $value }» غير موجود: اختر من الأهداف 1 إلى 17
sdg-missing = اختر هدفًا واحدًا على الأقل من أهداف التنمية المستدامة
target-unknown = الغاية «{ $value }» غير موجودة: استخدم رمزًا مثل 6.1 أو 14.a
target-goal-not-selected = الغاية { $target } تابعة للهدف { $goal } غير المختار: اختر الهدف { $goal } أو احذف الغاية
what-list-methods = وسائل التنفيذ
other-method-too-long = يجب أن تكون كل وسيلة تنفيذ أخرى في سطر واحد لا يزيد على { ARABIC_PLURAL($max) ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }

## التواريخ.
label-start-date = تاريخ البدء
what-start-date = تاريخ البدء
label-completion-date = تاريخ الإنجاز
completion-before-start = يجب أن يكون تاريخ الإنجاز ({ $end }) مساويًا لتاريخ البدء ({ $start }) أو لاحقًا له
ongoing-and-completion-date = أدخِل تاريخ إنجاز أو ضع علامة على «جارٍ»، لا الاثنين معًا
completion-date-or-ongoing = أدخِل تاريخ إنجاز، أو ضع علامة على «جارٍ» إن لم يكن للالتزام تاريخ انتهاء

## المكان وجهة الاتصال.
region-missing = اختر منطقة واحدة على الأقل
what-list-regions = المناطق
what-list-countries = رموز البلدان وفق ISO 3166
what-contact-name = اسم الشخص المسؤول عن الاتصال
what-contact-position = منصب الشخص المسؤول عن الاتصال
contact-email-missing = أدخِل عنوان البريد الإلكتروني للشخص المسؤول عن الاتصال
email-invalid = أدخِل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.org
phone-invalid = أدخِل رقم هاتف من 7 إلى 15 رقمًا، مستخدمًا الأرقام والمسافات و+ و- و( و) فقط

## الشركاء والنواتج والموارد: صف لكل منها؛ { $row } يُعدّ بدءًا من 1.
rows-too-many = يمكن أن يضم الالتزام { $max } { $list ->
        [partners] شريكًا
        [deliverables] ناتجًا
       *[resources] موردًا
    } على الأكثر: احذف الصف { $row } وما بعده
what-partner-name = اسم الشريك { $row }
what-partner-type = نوع الشريك { $row }
what-deliverable-title = عنوان الناتج { $row }
label-deliverable-due-date = الموعد النهائي للناتج { $row }
what-deliverable-due-date = الموعد النهائي للناتج { $row }
what-deliverable-status = حالة الناتج { $row }
what-resource-kind = نوع المورد { $row }
what-resource-description = وصف المورد { $row }
resource-currency-missing = أدخِل عملة المورد { $row } برمز من ثلاثة أحرف وفق ISO 4217، مثل USD أو EUR أو MAD: لا بد للمبلغ من عملة
resource-amount-missing = أدخِل مبلغ المورد { $row } عددًا صحيحًا، أو امسح عملته: لا بد للعملة من مبلغ
resource-amount-not-whole = يجب أن يكون مبلغ المورد { $row } عددًا صحيحًا يساوي 0 أو أكثر، بالأرقام فقط، مثل 25000
resource-amount-too-large = مبلغ المورد { $row } كبير جدًا: أدخِل 9223372036854775807 على الأكثر
resource-currency-named = يجب أن تكون عملة المورد { $row } رمزًا من ثلاثة أحرف وفق ISO 4217: استخدم { $code } لـ«{ $name }»
resource-currency-unknown = يجب أن تكون عملة المورد { $row } رمزًا من ثلاثة أحرف وفق ISO 4217، مثل USD أو EUR أو MAD («{ $value }» ليس منها)

## تقارير التقدم.
label-report-date = تاريخ التقرير
what-report-date = تاريخ التقرير
report-date-future = لا يمكن أن يكون تاريخ التقرير ({ $date }) في المستقبل: استخدم { $today } أو تاريخًا سابقًا
report-date-before-start = لا يمكن أن يكون تاريخ التقرير ({ $date }) قبل بدء الالتزام ({ $start })
report-status-missing = اختر هل الالتزام يسير على المسار الصحيح أم متأخر عن المسار أم تحقق أم توقف
report-percent-invalid = يجب أن تكون نسبة الإنجاز عددًا صحيحًا من 0 إلى 100
report-achievements-missing = أدخِل الإنجازات منذ التقرير الأخير
report-achievements-too-short = يجب ألا تقل الإنجازات عن { ARABIC_PLURAL($min) ->
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    }: اذكر ما أُنجز
section-achievements = الإنجازات
section-challenges = التحديات
section-next-steps = الخطوات التالية
report-statuses-mismatch = اختر حالة واحدة لكل ناتج: أعد تحميل الاستمارة وحاول مرة أخرى
report-deliverable-unknown = الناتج «{ $value }» ليس من نواتج هذا الالتزام: اختر حالات النواتج المدرجة فقط
report-deliverable-twice = «{ $title }» مدرج مرتين: اختر حالته مرة واحدة
report-deliverable-status = اختر حالة «{ $title }»: مخطط له، أو قيد التنفيذ، أو مكتمل، أو ملغى
hide-reason-missing = أدخِل سبب إخفاء هذا التقرير: سيقرؤه صاحبه
what-reason = السبب

## المراجعة من قِبل مشرف. { $state } حالة الالتزام، و{ $decision } القرار المطلوب.
review-already = هذا الالتزام { $decision ->
        [publish] منشور
        [return] مُعاد
       *[archive] مؤرشف
    } بالفعل: لم يتغير شيء
review-closed = هذا الالتزام { $state ->
        [submitted] بانتظار المراجعة
        [published] منشور
        [returned] أعيد لإجراء تعديلات
       *[archived] مؤرشف
    }: لم يعد أي قرار ينطبق عليه
review-not-fitting = هذا الالتزام { $state ->
        [submitted] بانتظار المراجعة
        [published] منشور
        [returned] أعيد لإجراء تعديلات
       *[archived] مؤرشف
    }، لذا لا يمكن { $decision ->
        [publish] نشره
        [return] إعادته
       *[archive] أرشفته
    }: اختر أحد القرارات أدناه
review-decision-missing = اختر قرارًا: النشر، أو الإعادة إلى صاحبه، أو الأرشفة
review-archive-reason-missing = أدخِل سبب الأرشفة: سيقرؤه صاحب الالتزام
review-comment-missing = أدخِل تعليقًا يوضح لصاحب الالتزام ما يجب تغييره
review-comment-too-long = اختصِر التعليق إلى 10,000 حرف أو أقل (عدد أحرفه الآن { $length })
what-comment = التعليق

## الصور.
photo-too-many = يمكن أن يضم الالتزام 3 صور على الأكثر: احذف صورة أولًا
photo-too-large = يجب أن يكون حجم الملف المختار أقل من 5 ميغابايت: احفظ نسخة أصغر ثم اخترها مرة أخرى
photo-not-an-image = يجب أن يكون الملف المختار صورة بصيغة JPEG أو PNG أو WebP: احفظه بإحدى هذه الصيغ ثم اختره مرة أخرى
photo-too-many-pixels = يجب ألا تزيد الصورة المختارة على 40 ميغابكسل ولا على 12,000 بكسل في أي ضلع: احفظ نسخة أصغر ثم اخترها مرة أخرى
photo-choose-again = اختر الصورة مرة أخرى: لم تُرفع بسبب المشكلات في النص المرافق لها
photo-missing = اختر صورة لرفعها
photo-alt-missing = أدخِل نصًا بديلًا: صِف ما تُظهره الصورة لمن لا يستطيع رؤيتها
photo-alt-not-one-line = احذف فواصل الأسطر وأحرف التحكّم من النص البديل
photo-alt-too-long = يجب ألا يزيد النص البديل على 250 حرفًا
photo-caption-control-chars = احذف أحرف التحكّم من التعليق المرافق للصورة
photo-caption-too-long = يجب ألا يزيد التعليق المرافق للصورة على 500 حرف

## السجلات (واجهة JSON البرمجية والاستيراد).
record-timestamp-invalid = «{ $value }» ليس طابعًا زمنيًا: استخدم الصيغة 2024-05-01T10:00:00Z
record-workflow-invalid = «{ $value }» ليس حالة من حالات سير العمل: استخدم submitted أو published أو returned أو archived

## الانتظار: استمارة أُرسلت مرات كثيرة، أو تسجيل دخول موقوف، أو حد يومي بُلغ.
form-wait = أرسلت هذه الاستمارة مرات كثيرة في وقت قصير. لم يضع شيء: انتظر { $wait }، ثم أرسلها مرة أخرى.
register-quota = سجّلت { ARABIC_PLURAL($quota) ->
        [one] التزامًا واحدًا
        [two] التزامين
        [few] { $quota } التزامات
        [many] { $quota } التزامًا
       *[other] { $quota } التزام
    } خلال الساعات الأربع والعشرين الماضية، وهو أقصى ما يمكن لحساب واحد تسجيله في يوم. يمكنك تسجيل التزام آخر ابتداءً من الساعة { $time } بالتوقيت العالمي المنسق يوم { $date } (بعد { $wait }).
register-quota-unsaved = { $quota } لم يُحفظ شيء: أبقِ هذه الصفحة مفتوحة أو انسخ ما كتبته.
contact-limit = أرسلت { ARABIC_PLURAL($count) ->
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    } عبر استمارات الاتصال خلال الساعات الأربع والعشرين الماضية، وهو أقصى ما يمكن لحساب واحد إرساله في يوم. لم تُرسل رسالتك، وهي ما زالت أدناه: يمكنك إرسالها ابتداءً من الساعة { $time } بالتوقيت العالمي المنسق يوم { $date } (بعد { $wait }).

## تسجيل الدخول وإنشاء حساب.
login-refused = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة
login-suspended = هذا الحساب موقوف. إن كنت ترى أن ذلك خطأ، فاكتب إلى مديري السجل
login-suspended-reason = هذا الحساب موقوف. ذكر المديرون هذا السبب: «{ $reason }». إن كنت ترى أن ذلك خطأ، فاكتب إلى مديري السجل
login-locked = جرت عدة محاولات فاشلة لتسجيل الدخول إلى هذا الحساب. حفاظًا على أمنه، انتظر { $wait }، ثم سجّل الدخول مرة أخرى، أو أعد تعيين كلمة المرور
login-email-missing = أدخِل عنوان بريدك الإلكتروني
login-password-missing = أدخِل كلمة المرور
account-name-missing = أدخِل اسمك الكامل
account-name-too-long = يجب ألا يزيد الاسم على 200 حرف، وأن يكون في سطر واحد
password-missing = أدخِل كلمة مرور
password-too-short = يجب ألا تقل كلمة المرور عن 10 أحرف
password-too-long = يجب ألا تزيد كلمة المرور على 256 حرفًا
password-is-email = يجب ألا تكون كلمة المرور هي عنوان بريدك الإلكتروني
password-too-common = كلمة المرور هذه شائعة جدًا وسهلة التخمين: اختر كلمة مرور أخرى
password-confirm-missing = أدخِل كلمة المرور مرة أخرى لتأكيدها
password-confirm-different = كلمتا المرور غير متطابقتين: أدخِل كلمة المرور نفسها مرتين

## الكتابة إلى الشخص المسؤول عن الاتصال في التزام.
contact-subject-missing = أدخِل موضوعًا، ليعرف الشخص المسؤول عن الاتصال موضوع الرسالة
contact-subject-too-long = يبلغ طول الموضوع { ARABIC_PLURAL($length) ->
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }: اختصره إلى 150 حرفًا أو أقل
contact-subject-not-one-line = اكتب الموضوع في سطر واحد
contact-message-missing = أدخِل رسالتك
contact-message-too-short = رسالتك قصيرة جدًا: عرّف بنفسك واذكر ما تريد معرفته (20 حرفًا أو أكثر)
contact-message-too-long = يبلغ طول رسالتك { ARABIC_PLURAL($length) ->
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }: اختصرها إلى 5,000 حرف أو أقل
contact-message-control-chars = احذف أحرف التحكّم من رسالتك

## الإدارة: إشعار الموقع والمستخدمون.
notice-message-too-long = يجب ألا تزيد الرسالة على 1,000 حرف
notice-level-missing = اختر هل الإشعار معلومات أم تحذير
users-last-admin = هذا آخر حساب مدير: اجعل حسابًا آخر مديرًا أولًا، ليبقى هناك من يدير السجل
users-role-missing = اختر مساهمًا أو مشرفًا أو مديرًا
users-suspend-reason-missing = أدخِل سبب إيقاف هذا الحساب: سيراه صاحبه عندما يحاول تسجيل الدخول

## المحررون والتقارير المخفية.
editor-email-missing = أدخِل عنوان البريد الإلكتروني للشخص الذي تريد إضافته محررًا
editor-no-account = لا يوجد حساب مسجل ومؤكَّد ونشط بعنوان البريد الإلكتروني هذا: اطلب من الشخص أن ينشئ حسابًا ويؤكد بريده الإلكتروني أولًا
editor-is-owner = هذا الشخص صاحب الالتزام: يمكنه تعديله بالفعل
editor-already = هذا الشخص محرر لهذا الالتزام بالفعل
report-already-hidden = كان هذا التقرير مخفيًا من قبل: لم يتغير شيء.

## صفحة البحث: قيمة غير صحيحة لأحد المعايير. { $label } اسم المعيار في الصفحة.
search-param = { $param ->
        [start_from] سنة البدء «من»
        [start_to] سنة البدء «إلى»
        [q] نص البحث
        [sort] الترتيب
        [target] الغاية
        [page] الصفحة
        [per_page] عدد النتائج في الصفحة
       *[other] البحث
    }
search-repeated = { $label }: اذكره مرة واحدة (تكرر ذكره)
search-years-order = يجب أن تكون سنة البدء «من» مساوية لـ«إلى» أو سابقة لها
search-year-invalid = يجب أن تكون قيمة { $label } سنة من 1945 إلى 2100، مثل 2015 (لا «{ $value }»)
search-q-too-long = يجب ألا يزيد { $label } على { ARABIC_PLURAL($max) ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }
search-sort-invalid = الترتيب: اختر واحدًا من القائمة
search-target-invalid = «{ $value }» ليست غاية من غايات أهداف التنمية المستدامة: استخدم رمزًا مثل 6.1 أو 14.a
search-page-invalid = يجب أن تكون قيمة { $label } عددًا صحيحًا يبدأ من 1 (لا «{ $value }»)
search-per-page-invalid = يجب أن تكون قيمة { $label } عددًا صحيحًا من 1 إلى 100 (لا «{ $value }»)
search-facet-invalid = { $label }: «{ $value }» ليس من الخيارات، لذا لم يُؤخذ به
