# Moderation and administration pages (templates/admin/, src/routes/admin/).

## The moderation queue (templates/admin/moderation.html).
admin-moderation-title = الإشراف
admin-queue-empty = لا يوجد أي التزام بانتظار المراجعة.
admin-queue-count = { ARABIC_PLURAL($count) ->
        [zero] لا يوجد أي التزام بانتظار المراجعة.
        [one] التزام واحد بانتظار المراجعة.
        [two] التزامان بانتظار المراجعة، الأطول انتظارًا أولًا.
        [few] { $count } التزامات بانتظار المراجعة، الأطول انتظارًا أولًا.
        [many] { $count } التزامًا بانتظار المراجعة، الأطول انتظارًا أولًا.
       *[other] { $count } التزام بانتظار المراجعة، الأطول انتظارًا أولًا.
    }
admin-queue-caption = الالتزامات التي بانتظار المراجعة
admin-col-commitment = الالتزام
admin-col-lead-entity = الجهة الرائدة
admin-col-submitted-by = مقدَّم من
admin-col-waiting = مدة الانتظار
admin-col-action = الإجراء
admin-imported = مستورد
admin-since = (منذ { $date })
admin-review = مراجعة
admin-queue-showing = تُعرض الالتزامات الـ { $count } الأطول انتظارًا.
admin-waited-less-than-hour = أقل من ساعة
admin-waited-hours = { ARABIC_PLURAL($count) ->
        [zero] أقل من ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
admin-waited-days = { ARABIC_PLURAL($count) ->
        [zero] أقل من يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }

## The site notice (templates/admin/notice.html).
admin-notice-title = إشعار الموقع
admin-notice-lead = رسالة تظهر أعلى كل صفحة، ومفتاح يوقف كل تغيير في السجل.
admin-notice-message-label = الرسالة
admin-notice-message-hint = اتركها فارغة لعدم عرض أي رسالة. اذكر ما يجري وحتى متى، مثلًا: صيانة يوم 3 آذار/مارس من الساعة 09:00 إلى 11:00 بالتوقيت العالمي المنسق.
admin-notice-kind = نوع الإشعار
admin-notice-read-only-label = جعل السجل للقراءة فقط
admin-notice-read-only-hint = ما دام مفعّلًا، لا يمكن لأحد إنشاء حساب أو تسجيل الالتزامات أو تغييرها، وتُرفض عمليات الاستيراد؛ ويظل التصفح والبحث متاحين. ويظل تسجيل الدخول وهذا النموذج متاحين، حتى تتمكن من إيقافه.
admin-notice-save = حفظ الإشعار
admin-notice-saved = حُفظ إشعار الموقع.
admin-notice-saved-read-only = حُفظ إشعار الموقع. السجل للقراءة فقط: تُرفض التغييرات إلى أن توقف ذلك.

## Accounts (templates/admin/users.html).
admin-users-title = المستخدمون
admin-users-title-page = المستخدمون (الصفحة { $page } من { $pages })
admin-users-search-label = البحث بالاسم أو بعنوان البريد الإلكتروني
admin-users-search-button = بحث
admin-users-none = لا يطابق البحث أي حساب.
admin-users-none-for = لا يوجد حساب يطابق «{ $q }».
admin-users-count = { ARABIC_PLURAL($count) ->
        [zero] لا يوجد أي حساب.
        [one] حساب واحد.
        [two] حسابان.
        [few] { $count } حسابات.
        [many] { $count } حسابًا.
       *[other] { $count } حساب.
    }
admin-users-count-for = { ARABIC_PLURAL($count) ->
        [zero] لا يوجد حساب يطابق «{ $q }».
        [one] حساب واحد يطابق «{ $q }».
        [two] حسابان يطابقان «{ $q }».
        [few] { $count } حسابات تطابق «{ $q }».
        [many] { $count } حسابًا يطابق «{ $q }».
       *[other] { $count } حساب يطابق «{ $q }».
    }
admin-users-suspended = موقوف
admin-users-unconfirmed = البريد الإلكتروني غير مؤكَّد
admin-users-suspended-on = أُوقف في { $date }: { $reason }
admin-users-suspended-on-by = أوقفه { $by } في { $date }: { $reason }
admin-users-role-label = الدور
admin-users-of = لـ { $name }
admin-users-change-role = تغيير الدور
admin-users-reason-label = سبب الإيقاف
admin-users-reason-hint = مطلوب. يراه صاحب الحساب عندما يحاول تسجيل الدخول.
admin-users-suspend = إيقاف
admin-users-unsuspend = رفع الإيقاف
admin-users-pages = الصفحات
admin-users-previous = → السابقة
admin-users-next = التالية
admin-users-next-arrow = ←
admin-users-page-word = الصفحة
admin-users-page-of = الصفحة { $page } من { $pages }
admin-users-log-heading = سجل الحسابات
admin-users-log-none = لم يُوقف أي حساب بعد.
admin-users-log-suspended = أوقف { $by } حساب { $name }
admin-users-log-unsuspended = رفع { $by } الإيقاف عن { $name }
admin-users-log-deleted = حساب حُذف لاحقًا
admin-users-log-reason = السبب: { $reason }
admin-users-page-invalid = يجب أن تكون الصفحة عددًا صحيحًا يبدأ من 1
admin-users-role-done = أصبح دور { $name } الآن: { $role }. انتهت جلساته: يسري التغيير من صفحته التالية.
admin-users-suspend-done = أُوقف حساب { $name } وسُجّل خروجه. لا يمكنه تسجيل الدخول حتى يُرفع الإيقاف، ويرى السبب الذي ذكرته عندما يحاول.
admin-users-unsuspend-done = رُفع الإيقاف عن { $name } ويمكنه تسجيل الدخول مرة أخرى.
