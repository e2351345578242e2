# Accounts: sign-in, sign-up, confirming an address, password reset, and the account page
# (templates/account/, src/routes/account/).

## Shared by several forms.
account-email-label = عنوان البريد الإلكتروني
account-password-label = كلمة المرور
account-password-hint = 10 أحرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.

## Sign-in (templates/account/login.html).
account-sign-in-title = تسجيل الدخول
account-sign-in-button = تسجيل الدخول
account-forgot-password = هل نسيت كلمة المرور؟
account-no-account-html = ليس لديك حساب بعد؟ <a href="{ $link }">أنشئ حسابًا</a>.
account-reason-register = سجّل الدخول لتسجيل التزام
account-reason-edit = سجّل الدخول لتعديل هذا الالتزام
account-reason-report = سجّل الدخول لتقديم تقرير مرحلي
account-reason-contact = سجّل الدخول للكتابة إلى جهة الاتصال الخاصة بهذا الالتزام
account-reason-draft = سجّل الدخول لمتابعة مسودتك
account-reason-account = سجّل الدخول للاطلاع على حسابك
account-reason-moderation = سجّل الدخول لمراجعة الالتزامات
account-reason-admin = سجّل الدخول لإدارة السجل

## Sign-up (templates/account/signup.html).
account-sign-up-title = إنشاء حساب
account-sign-up-lead = يتيح لك الحساب تسجيل الالتزامات وتحديثها والإبلاغ عن التقدم المحرز فيها.
account-name-label = الاسم الكامل
account-email-hint = سنرسل إليك رابطًا لتأكيده.
account-password-confirm-label = تأكيد كلمة المرور
account-sign-up-button = إنشاء الحساب
account-have-account-html = لديك حساب بالفعل؟ <a href="/account/login">سجّل الدخول</a>.

## After sign-up or a reset request (templates/account/check_email.html).
account-check-email-title = تحقّق من بريدك الإلكتروني
account-check-email-lead = افتح الرابط الوارد في الرسالة للمتابعة.
account-check-email-delay = قد تستغرق الرسالة بضع دقائق حتى تصل. إن لم تصل، فتحقّق من مجلد البريد غير المرغوب فيه.
account-check-email-sign-in-html = إن كنت قد أنشأت حسابًا للتو، فيمكنك <a href="/account/login">تسجيل الدخول</a> الآن؛ وستتمكن من تسجيل الالتزامات بعد تأكيد عنوانك.

## A confirmed address (templates/account/verified.html).
account-verified-title = تم تأكيد عنوان البريد الإلكتروني
account-verified-lead = يمكنك الآن تسجيل الالتزامات.
account-verified-claimed = { ARABIC_PLURAL($count) ->
        [zero] لم يكن أي التزام يذكر عنوانك جهةً للاتصال.
        [one] كان التزام واحد يذكر عنوانك جهةً للاتصال: أصبح الآن من مسؤوليتك تحديثه.
        [two] كان التزامان يذكران عنوانك جهةً للاتصال: أصبح الآن من مسؤوليتك تحديثهما.
        [few] كانت { $count } التزامات تذكر عنوانك جهةً للاتصال: أصبح الآن من مسؤوليتك تحديثها.
        [many] كان { $count } التزامًا يذكر عنوانك جهةً للاتصال: أصبح الآن من مسؤوليتك تحديثها.
       *[other] كان { $count } التزام يذكر عنوانك جهةً للاتصال: أصبح الآن من مسؤوليتك تحديثها.
    }
account-verified-go = الانتقال إلى حسابك

## A link that does not work (templates/account/link_problem.html).
account-link-expired-title = انتهت صلاحية هذا الرابط
account-link-used-title = سبق استخدام هذا الرابط
account-link-invalid-title = هذا الرابط غير صالح
account-link-expired-lead = روابط { $purpose } صالحة لمدة محدودة، حتى لا يُساء استخدام رسالة قديمة.
account-link-used-lead = كل رابط من روابط { $purpose } يعمل مرة واحدة فقط.
account-link-invalid-lead = تأكّد من أنك نسخت الرابط كاملًا من الرسالة.
account-purpose-confirm = تأكيد عنوان بريدك الإلكتروني
account-purpose-reset = إعادة تعيين كلمة المرور
account-link-new-reset = اطلب رابطًا جديدًا لإعادة تعيين كلمة المرور
account-link-sign-in-html = إن لم يكن عنوانك مؤكدًا بعد، <a href="/account/login">فسجّل الدخول</a> واطلب رابطًا جديدًا من صفحة حسابك.

## Password reset (templates/account/reset_request.html, reset_form.html).
account-reset-title = إعادة تعيين كلمة المرور
account-reset-lead = أدخِل عنوان البريد الإلكتروني لحسابك. سنرسل إليه رابطًا لاختيار كلمة مرور جديدة.
account-reset-send = إرسال الرابط
account-new-password-title = اختر كلمة مرور جديدة
account-new-password-lead = يؤدي تغيير كلمة المرور إلى تسجيل خروجك من جميع الأجهزة.
account-new-password-label = كلمة المرور الجديدة
account-new-password-confirm-label = تأكيد كلمة المرور الجديدة
account-new-password-button = تغيير كلمة المرور

## The account page (templates/account/show.html).
account-title = حسابك
account-confirm-heading = أكّد عنوان بريدك الإلكتروني
account-confirm-body-html = أرسلنا رابطًا إلى <strong>{ $email }</strong>. افتحه لتأكيد عنوانك: ستتمكن من تسجيل الالتزامات بعد تأكيده.
account-name = الاسم
account-confirmed = مؤكَّد
account-role = الدور
account-commitments-heading = التزاماتك
account-commitments-none = لست مسؤولًا عن أي التزام بعد. تظهر هنا الالتزامات التي تسجّلها، وتلك التي تذكر عنوان بريدك الإلكتروني المؤكَّد جهةً للاتصال.
account-commitments-caption = التزاماتك وحالة كل منها
account-col-commitment = الالتزام
account-col-state = الحالة
account-col-changed = آخر تغيير
account-col-owner = المسؤول
account-owner-none = لا أحد
account-note-returned = أعاده { $who } في { $date }، مع هذا التعليق:
account-note-archived = أرشفه { $who } في { $date }، مع هذا التعليق:
account-read-comment = قراءة التعليق كاملًا
account-on-title = بشأن { $title }
account-edited-heading = الالتزامات التي تحرّرها
account-edited-lead = عيّنك المسؤولون عنها محرّرًا: يمكنك تعديلها وتقديم تقاريرها المرحلية.
account-edited-caption = الالتزامات التي تحرّرها وحالة كل منها
account-due-heading = التقارير المستحقة
account-due-none = لا يحتاج أي من التزاماتك المنشورة إلى تقرير مرحلي الآن. يُستحق التقرير بعد 12 شهرًا من التقرير السابق، أو من النشر.
account-due-lead = تقديم تقرير مرحلي يُبقي مؤشر المتابعة للالتزام أخضر: فالجمهور يرى منذ متى لم يُنشر عنه شيء.
account-file-report = تقديم تقرير مرحلي
account-sign-out-heading = تسجيل الخروج
account-sign-out-lead = إن استخدمت حاسوبًا مشتركًا، أو فقدت جهازًا، فيمكنك إنهاء جميع جلسات حسابك.
account-sign-out-everywhere = تسجيل الخروج من جميع الأجهزة

## The preferred language (templates/account/language.html).
account-language-heading = اللغة
account-language-label = لغة الرسائل التي نرسلها إليك
account-language-hint = تصلك بهذه اللغة روابط التأكيد، وإعادة تعيين كلمة المرور، والتنبيهات، وأخبار التزاماتك.
account-language-save = حفظ اللغة
account-language-saved = تم الحفظ: يراسلك السجل الآن بهذه اللغة.
account-language-unknown = اختر الإنجليزية أو الفرنسية أو الإسبانية أو العربية من القائمة.

## Drafts (templates/account/drafts.html).
account-drafts-heading = مسوداتك
account-drafts-none = ليست لديك مسودات. في نموذجَي التسجيل والتعديل، يحفظ زر «الحفظ كمسودة» ما كتبته كما هو، لك وحدك، لإكماله لاحقًا.
account-drafts-lead = لا يرى مسوداتك أحد غيرك. افتح إحداها لإكمالها وإرسالها: تُحذف عندئذ من هذه القائمة.
account-draft-changes = تعديلات على
account-draft-new = التزام جديد
account-draft-saved = حُفظت في { $when }
account-draft-untitled = مسودة بلا عنوان
account-delete = حذف
account-draft-delete-which = المسودة «{ $title }»
account-draft-deleted = حُذفت المسودة.

## Saved searches (templates/account/saved_searches.html).
account-searches-heading = عمليات البحث المحفوظة
account-searches-none-html = ليست لديك أي عملية بحث محفوظة بعد. في <a href="/commitments">صفحة الالتزامات</a>، اختر عوامل تصفية أو كلمات بحث، ثم استخدم «حفظ هذا البحث» أسفل النتائج: نراسلك عندما تطابقه التزامات جديدة، مرة واحدة في اليوم على الأكثر.
account-searches-lead = عندما تطابق التزامات جديدة إحدى عمليات البحث هذه، نراسلك مرة واحدة في اليوم على الأكثر لكل بحث. يمكنك الاحتفاظ بما يصل إلى 20 عملية بحث.
account-searches-feed = موجز Atom
account-searches-feed-of = لـ { $name }
account-searches-delete-which = البحث المحفوظ { $name }
account-search-name-too-long = لم يُحفظ: لا يتجاوز اسم البحث المحفوظ { $max } حرفًا، وهذا الاسم فيه { $typed }. اختصره واحفظه مرة أخرى.
account-search-saved = حُفظ البحث. عندما تطابقه التزامات جديدة، نراسلك مرة واحدة في اليوم على الأكثر.
account-search-too-many = لم يُحفظ: لا يحتفظ الحساب بأكثر من { $max } عملية بحث. احذف إحداها أدناه، ثم احفظ مرة أخرى.
account-search-deleted = حُذف البحث المحفوظ: لن تصلك رسائل بشأنه بعد الآن.
account-search-unreadable = تعذّر حفظ هذا البحث: تعذّرت قراءة استعلامه. ارجع وحاول مرة أخرى.
account-search-invalid = تعذّر حفظ هذا البحث: { $problem }. صحّح البحث، ثم احفظه مرة أخرى.

## Mail choice of moderators (templates/account/mail_preferences.html).
account-mail-heading = البريد
account-mail-review-label = راسلني عندما يكون التزام بانتظار المراجعة
account-mail-review-hint = رسالة لكل التزام جديد، ولكل التزام عُدّل بعد إعادته، مع رابط لمراجعته. تظل الرسائل المتعلقة بالتزاماتك تصلك في جميع الأحوال.
account-mail-save = حفظ الاختيار
account-mail-on = تم الحفظ: سنراسلك عندما يكون التزام بانتظار المراجعة.
account-mail-off = تم الحفظ: لن نراسلك بعد الآن عندما يكون التزام بانتظار المراجعة.

## Messages shown on the next page (src/routes/account/).
account-signed-out-everywhere = سجّلت الخروج من جميع الأجهزة.
account-signed-out = سجّلت الخروج.
account-mail-sent = أرسلنا رسالة إلى { $email }.
account-confirmed-carry-on = تم تأكيد عنوان بريدك الإلكتروني وسُجّل دخولك. تابع من حيث توقفت.
account-already-confirmed = عنوان بريدك الإلكتروني مؤكَّد بالفعل.
account-link-too-soon = أرسلنا إليك رابطًا قبل أقل من دقيقة. تحقّق من صندوق الوارد ومن مجلد البريد غير المرغوب فيه.
account-link-sent = أرسلنا رابطًا جديدًا إلى { $email }. يعمل الرابط لمدة 24 ساعة.
account-reset-sent = إن كان لـ { $email } حساب، فقد أرسلنا إليه رابطًا لإعادة تعيين كلمة المرور. يعمل الرابط لمدة ساعة واحدة.
account-password-changed = تم تغيير كلمة المرور وسُجّل خروجك من كل مكان. سجّل الدخول بكلمة المرور الجديدة.
