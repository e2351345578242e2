# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = الخطأ { $status }.
# Contains links: the template shows it as HTML.
error-next-html = يمكنك <a href="/commitments">تصفح جميع الالتزامات</a> أو الانتقال إلى <a href="/">الصفحة الرئيسية</a>.

error-not-found-heading = الصفحة غير موجودة
error-not-found-message = إذا كتبت عنوان الصفحة بنفسك، فتحقق من صحته. وإذا اتبعت رابطًا إلى التزام، فربما لم يُنشر بعد.
error-bad-request-heading = توجد مشكلة في الطلب
error-query-unreadable = تعذّرت قراءة أحد معاملات عنوان الصفحة. تحقّق من العنوان.
error-forbidden-heading = ليس لديك إذن بعرض هذه الصفحة
error-forbidden-message = ليس لحسابك الدور الذي تتطلبه هذه الصفحة. إذا كنت ترى أنه ينبغي أن يكون له هذا الدور، فاطلب ذلك من أحد مديري السجل.
error-csrf-heading = انتهت صلاحية هذا النموذج
error-csrf-message = حفاظًا على أمانك، تتوقف النماذج عن العمل بعد مدة أو عند تسجيل دخولك أو خروجك في علامة تبويب أخرى. لم يُحفظ أي شيء. ارجع إلى الصفحة السابقة وأعد تحميلها ثم حاول مرة أخرى.
error-too-large-heading = النموذج أو الملف كبير جدًا
error-too-large-message = لم يُحفظ أي شيء. ارجع إلى الصفحة السابقة وأرسل نصًا أقصر أو ملفًا أصغر (الصور حتى 5 ميغابايت).
error-unexpected-heading = عذرًا، توجد مشكلة في الخدمة
error-unexpected-message = حاول مرة أخرى لاحقًا. سُجّلت المشكلة.
error-busy-heading = السجل مشغول
error-busy-message = لم يضع أي شيء: ارجع إلى الصفحة السابقة وأرسل النموذج مرة أخرى بعد بضع ثوانٍ. ما كتبته لا يزال في النموذج.
error-storage-heading = لا يستطيع السجل حفظ البيانات أو قراءتها في الوقت الحالي
error-storage-message = لم يُحفظ أي شيء. سُجّلت المشكلة لإطلاع المديرين عليها: حاول مرة أخرى بعد قليل.
error-too-many-heading = يرجى الانتظار قبل المحاولة مرة أخرى
error-too-many-message = طُلب هذا مرات كثيرة جدًا. انتظر { $wait }، ثم حاول مرة أخرى.
error-unrenderable = عذرًا، تعذّر عرض هذه الصفحة.

# A failure that passes, said on the form that was kept.
passing-busy = السجل مشغول
passing-too-many = أُرسل هذا مرات كثيرة جدًا
passing-storage = لا يستطيع السجل الحفظ في الوقت الحالي (مشكلة في التخزين، سُجّلت لإطلاع المديرين عليها)
passing-message = { $what }؛ نموذجك محفوظ، حاول مرة أخرى بعد { $wait }.

# A wait in words, rounded up (Arabic number agreement).
wait-seconds = { ARABIC_PLURAL($count) ->
        [zero] { $count } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $count } ثوانٍ
        [many] { $count } ثانية
       *[other] { $count } ثانية
    }
wait-minutes = { ARABIC_PLURAL($count) ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
wait-hours = { ARABIC_PLURAL($count) ->
        [zero] { $count } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }

# templates/errors/unverified.html
unverified-title = أكّد عنوان بريدك الإلكتروني أولاً
unverified-lead = عليك تأكيد عنوان بريدك الإلكتروني قبل أن تتمكن من تسجيل الالتزامات أو مراسلة جهات الاتصال الخاصة بها.
unverified-body = أرسلنا إليك رسالة بريد إلكتروني تتضمن رابطًا عند إنشاء حسابك. يعمل الرابط لمدة 24 ساعة.
unverified-send-again = إرسال الرابط مرة أخرى

# templates/errors/read_only.html
read-only-title = التغييرات متوقفة مؤقتًا
read-only-lead = السجل متاح للقراءة فقط بينما يعمل عليه مديروه، ولذلك لم يُحفظ ما أرسلته.
read-only-notice-intro = إشعار المديرين:
read-only-no-date = لم يحدد المديرون موعد إعادة فتحه: يرجى المحاولة مرة أخرى لاحقًا.
read-only-browse = لا يزال بإمكانك تصفح جميع الالتزامات والبحث فيها.
read-only-keep = للاحتفاظ بما كتبته، استخدم زر الرجوع في متصفحك: يُفترض أن يظل النموذج محتفظًا به.
read-only-browse-link = تصفح الالتزامات

# templates/errors/form_kept.html
form-kept-expired-title = انتهت صلاحية هذا النموذج
form-kept-lead = لم يُحفظ أي شيء بعد، لكن ما كتبته محفوظ.
form-kept-expired-body = حفاظًا على أمانك، يتوقف النموذج عن العمل عند تسجيل دخولك أو خروجك في علامة تبويب أخرى. تابع، وسيعود النموذج بكل ما كتبته، جاهزًا للإرسال.
form-kept-continue = متابعة
form-kept-ended-title = انتهت جلسة تسجيل دخولك
form-kept-ended-body = سجّل الدخول مرة أخرى، وسيعود النموذج بكل ما كتبته، جاهزًا للإرسال. يُحتفظ به لمدة 24 ساعة، في هذا المتصفح فقط.
form-kept-sign-in = تسجيل الدخول للمتابعة
