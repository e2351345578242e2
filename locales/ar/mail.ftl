# The mail the registry sends (src/mail/), in the language its recipient chose.

mail-greeting = مرحبًا { $name }،

## Accounts (src/mail/messages.rs).
mail-verify-subject = أكّد عنوان بريدك الإلكتروني في سجل الالتزامات بأهداف التنمية المستدامة
mail-verify-intro = أكّد عنوان بريدك الإلكتروني لإكمال إنشاء حسابك:
mail-verify-works = يعمل الرابط مرة واحدة، لمدة 24 ساعة. بعد تأكيد عنوانك يمكنك تسجيل الالتزامات، وتصبح الالتزامات التي تذكر هذا العنوان جهةً للاتصال من مسؤوليتك تحديثها.
mail-verify-ignore = إن لم تنشئ حسابًا، فتجاهل هذه الرسالة: لن يحدث شيء آخر.
mail-reset-subject = إعادة تعيين كلمة المرور في سجل الالتزامات بأهداف التنمية المستدامة
mail-reset-intro = طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة المرور لحسابك. لاختيار كلمة مرور جديدة، افتح هذا الرابط:
mail-reset-works = يعمل الرابط مرة واحدة، لمدة ساعة واحدة. يؤدي اختيار كلمة مرور جديدة إلى تسجيل خروجك من كل مكان.
mail-reset-ignore = إن لم تطلب ذلك، فتجاهل هذه الرسالة: لم تتغير كلمة المرور.
mail-registered-subject = لديك حساب بالفعل في سجل الالتزامات بأهداف التنمية المستدامة
mail-registered-intro = حاول أحدهم (ونأمل أن تكون أنت) إنشاء حساب بعنوان البريد الإلكتروني هذا، لكن له حسابًا بالفعل.
mail-registered-sign-in = تسجيل الدخول: { $link }
mail-registered-reset = هل نسيت كلمة المرور؟ { $link }
mail-registered-ignore = إن لم تكن أنت، فتجاهل هذه الرسالة: لم يتغير شيء.

## Reminders to report (src/mail/messages.rs, src/commands/remind.rs).
mail-reminder-subject = مطلوب تقرير مرحلي: { $title }
mail-reminder-intro = أنت جهة الاتصال الخاصة بهذا الالتزام في سجل الالتزامات بأهداف التنمية المستدامة:
mail-reminder-status = حالة المتابعة الخاصة به هي «{ $light }»: { $why }. يُستحق التقرير المرحلي بعد 12 شهرًا من التقرير السابق، أو من النشر، ويرى الجمهور منذ متى لم يُنشر عن الالتزام شيء.
mail-reminder-why-latest = آخر تقرير مرحلي له مؤرخ في { $date }
mail-reminder-why-published = نُشر في { $date } وليس له أي تقرير مرحلي بعد
mail-reminder-file = قدّم تقريرًا مرحليًا هنا (سجّل الدخول بصفتك المسؤول عنه أو أحد محرّريه):
mail-reminder-quiet = نرسل هذا التذكير مرة واحدة كل 30 يومًا على الأكثر ما دام التقرير مطلوبًا.

## Saved search alerts (src/mail/alert.rs).
mail-alert-subject = { ARABIC_PLURAL($count) ->
        [zero] لا التزامات جديدة تطابق بحثك «{ $search }»
        [one] التزام جديد واحد يطابق بحثك «{ $search }»
        [two] التزامان جديدان يطابقان بحثك «{ $search }»
        [few] { $count } التزامات جديدة تطابق بحثك «{ $search }»
        [many] { $count } التزامًا جديدًا يطابق بحثك «{ $search }»
       *[other] { $count } التزام جديد يطابق بحثك «{ $search }»
    }
mail-alert-intro = نُشرت حديثًا في سجل الالتزامات بأهداف التنمية المستدامة، وتطابق بحثك المحفوظ «{ $search }»:
mail-alert-more = …و{ $count } غيرها.
mail-alert-action = البحث كاملًا
mail-alert-footer = نراسلك مرة واحدة في اليوم على الأكثر لكل بحث محفوظ، وفقط عندما يطابقه شيء جديد. للتوقف، احذف البحث من صفحة حسابك: { $link }

## A message through a commitment's contact form (src/mail/contact.rs).
mail-contact-subject = { $subject } (بشأن { $title })
mail-contact-intro = كتب إليك { $sender } عبر سجل الالتزامات بأهداف التنمية المستدامة بشأن «{ $title }»، الالتزام الذي يذكرك جهةً للاتصال.
mail-contact-quote = رسالته، «{ $subject }»:
mail-contact-action = الالتزام في السجل
mail-contact-footer = للإجابة، ردّ على هذه الرسالة: يصل ردّك إلى { $sender } على العنوان { $email }. لم يُطلعه السجل على عنوانك؛ ولن يراه إلا إذا رددت. وقد تحقّق السجل من أنه أكّد عنوانه، ولا يسمح لكل شخص إلا بإرسال بضع رسائل في اليوم.

## Review (src/mail/workflow.rs).
mail-review-new-subject = التزام جديد بانتظار المراجعة: { $title }
mail-review-new-body = سجّل { $by } «{ $title }». وهو بانتظار أن ينشره مشرف أو يعيده لإجراء تغييرات أو يؤرشفه.
mail-review-again-subject = عُدّل وهو بانتظار المراجعة مجددًا: { $title }
mail-review-again-body = عدّل { $by } «{ $title }» بعد إعادته، لذا فهو بانتظار المراجعة مجددًا.
mail-review-action = مراجعته
mail-review-footer = تصلك هذه الرسالة لأنك مشرف في السجل. للتوقف عن تلقي الرسائل بشأن الالتزامات التي بانتظار المراجعة، ألغِ تحديد «راسلني عندما يكون التزام بانتظار المراجعة» في صفحة حسابك: { $link }
mail-published-subject = نُشر: { $title }
mail-published-body = نشر أحد المشرفين «{ $title }». يمكن للجميع الآن العثور عليه في السجل.
mail-returned-subject = مطلوب إجراء تغييرات: { $title }
mail-returned-body = أعاد إليك أحد المشرفين «{ $title }» لإجراء تغييرات. يظل خاصًا إلى أن يُعدَّل: حفظ تغييراتك يعيده إلى المراجعة.
mail-archived-subject = أُرشف: { $title }
mail-archived-body = أرشف أحد المشرفين «{ $title }». تبقى صفحته، مع الإشارة إلى أنه مؤرشف، لكنه لم يعد يظهر في نتائج البحث.
mail-comment-intro = تعليق المشرف:
mail-open-commitment = فتح الالتزام
mail-hidden-subject = أُخفي تقرير مرحلي: { $title }
mail-hidden-body = أخفى أحد المشرفين التقرير المرحلي المؤرخ في { $date } بشأن «{ $title }». لم يعد الجمهور يراه؛ وما زلت أنت والمشرفون ترونه.
mail-hidden-reason = السبب المذكور:
mail-hidden-action = الاطلاع على التقرير
mail-owner-footer = تصلك هذه الرسالة لأنك المسؤول عن هذا الالتزام أو أحد محرّريه في السجل.
