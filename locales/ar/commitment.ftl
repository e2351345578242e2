# صفحات الالتزام: الالتزام، وسجلّه، واستمارة التسجيل والتعديل، واستمارة تقرير التقدم، واستمارة
# الاتصال، وما يراه فيها صاحبه ومحرروه والمشرفون.

## مسار التنقل.
commitment-breadcrumb-label = مسار التنقل
commitment-breadcrumb-home = الصفحة الرئيسية
commitment-breadcrumb-commitments = الالتزامات

## صفحة الالتزام.
commitment-archived-banner-html = <strong>مؤرشف.</strong> لم يعد هذا الالتزام نشطًا في السجل. وهو محفوظ هنا للتوثيق ولا يظهر في نتائج البحث.
commitment-unpublished-banner-html = <strong>{ $state }.</strong> لا يرى هذا الالتزام إلا صاحبه ومحرروه والمشرفون حتى يُنشر.
commitment-edit-link = تعديل هذا الالتزام
commitment-history-link = التغييرات والسجل
commitment-json-link = هذا السجل بصيغة JSON
commitment-goals-label = أهداف التنمية المستدامة
commitment-goals-heading = الأهداف والغايات
commitment-goal-name = الهدف { $number }: { $name }
commitment-targets-word = { ARABIC_PLURAL($count) ->
        [one] الغاية
        [two] الغايتان
       *[other] الغايات
    }
commitment-target-title = الغاية { $target } من الهدف { $number }: { $name }، على موقع الأمم المتحدة
commitment-target-on-un-site = (الهدف { $number } على موقع الأمم المتحدة)
commitment-methods-heading = وسائل التنفيذ
commitment-partners-heading = الشركاء
commitment-column-partner = الشريك
commitment-column-type = النوع
commitment-deliverables-heading = النواتج
commitment-column-deliverable = الناتج
commitment-column-due = الموعد المحدد
commitment-column-status = الحالة
commitment-resources-heading = الموارد
commitment-column-kind = النوع
commitment-column-description = الوصف
commitment-column-amount = المبلغ
commitment-amount-not-given = غير محدد
commitment-reports-heading = تقارير التقدم
commitment-file-report = تقديم تقرير تقدم
commitment-no-reports = لم يُقدَّم أي تقرير تقدم بعد.
commitment-similar-heading = التزامات مشابهة
commitment-basic-info = المعلومات الأساسية
commitment-fact-start = البداية
commitment-fact-completion = الإنجاز
commitment-fact-ongoing = جارٍ
commitment-fact-status = الحالة
commitment-fact-regions = المناطق
commitment-fact-countries = البلدان
commitment-fact-coverage = النطاق الجغرافي
commitment-fact-lead-entity = الجهة الرائدة
commitment-fact-entity-type = نوع الجهة
commitment-fact-published = تاريخ النشر
commitment-fact-updated = آخر تحديث
commitment-contact-heading = جهة الاتصال
commitment-contact-private-shown = غير معروضة للجمهور: تراها لأنك صاحب الالتزام أو محرر أو مشرف.
commitment-contact-private = البريد الإلكتروني والهاتف لجهة الاتصال غير معروضين للجمهور.
commitment-contact-link = الاتصال بالفريق

## أقسام نص الالتزام.
commitment-section-objective = الهدف
commitment-section-stakeholders = أصحاب المصلحة
commitment-section-implementation = التنفيذ
commitment-section-results = النتائج
commitment-section-enabling-factors = العوامل التمكينية
commitment-section-sustainability = الاستدامة
commitment-section-other-sources = مصادر أخرى

## مواكبة الالتزام المنشور لتقاريره.
commitment-reporting-up-to-date = قدَّم تقريرًا أو نُشر خلال الاثني عشر شهرًا الماضية.
commitment-reporting-due = لا تقرير منذ 12 شهرًا أو أكثر: حان موعد تقديم تقرير تقدم.
commitment-reporting-overdue = لا تقرير منذ أكثر من 24 شهرًا.
commitment-reporting-inactive = نُشر منذ أكثر من 24 شهرًا ولم يقدِّم أي تقرير.

## تقرير تقدم في التسلسل الزمني.
commitment-report-percent = أُنجز { $percent }٪
commitment-report-hidden-html = <strong>أخفاه مشرف عن الجمهور.</strong> لا يرى هذا التقرير إلا صاحب الالتزام والمشرفون. السبب:
commitment-report-achievements = الإنجازات
commitment-report-challenges = التحديات
commitment-report-next-steps = الخطوات التالية
commitment-report-hide = إخفاء هذا التقرير
commitment-report-hide-of = المؤرخ { $date }
commitment-report-hide-reason = السبب
commitment-report-hide-hint = يختفي التقرير من الصفحة العامة ومن واجهة البرمجة ومن الموجز. ويقرأ صاحبه هذا السبب.
commitment-report-hide-button = إخفاء التقرير

## الصور.
commitment-photos-heading = الصور
commitment-photos-none = لم تُضَف أي صورة بعد.
commitment-photo-delete = حذف
commitment-photo-delete-which = الصورة: { $alt }
commitment-photo-add = إضافة صورة
commitment-photo-label = الصورة
commitment-photo-hint = صورة بصيغة JPEG أو PNG أو WebP، حجمها 5 ميغابايت على الأكثر. يمكن أن يكون للالتزام 3 صور على الأكثر.
commitment-photo-alt-label = النص البديل
commitment-photo-alt-hint = صِف ما تُظهره الصورة لمن لا يستطيع رؤيتها (250 حرفًا على الأكثر). مثال: تلاميذ يملؤون قوارير من بئر جديدة في تاكيو.
commitment-photo-caption-label = التعليق (اختياري)
commitment-photo-caption-hint = يظهر تحت الصورة للجميع (500 حرف على الأكثر).
commitment-photo-upload = رفع الصورة
commitment-photos-full = لهذا الالتزام 3 صور، وهو الحد الأقصى: احذف صورة لإضافة أخرى.

## المراجعة.
commitment-review-history-heading = السجل
commitment-review-history-intro = من نقل هذا الالتزام عبر مراحل المراجعة، ولماذا. لا يرى هذا إلا صاحبه ومحرروه والمشرفون.
commitment-review-history-none = لم يُسجَّل أي شيء بعد.
commitment-review-by = بواسطة { $who }،
commitment-review-heading = المراجعة
commitment-review-archived = هذا الالتزام مؤرشف: لم يعد أي قرار ينطبق عليه.
commitment-review-decision = القرار
commitment-decision-hint-publish = يصبح علنيًا ويظهر في نتائج البحث.
commitment-decision-hint-return = يبقى خاصًا حتى يعدّله صاحبه ويحفظه من جديد.
commitment-decision-hint-archive = تبقى صفحته مع شريط تنبيه، لكنه يخرج من نتائج البحث نهائيًا.
commitment-review-comment = التعليق
commitment-review-comment-hint = مطلوب للإعادة أو الأرشفة: اذكر ما يجب تغييره، أو سبب الأرشفة. يقرأ صاحب الالتزام هذا التعليق.
commitment-review-save = حفظ القرار
commitment-review-back = العودة إلى قائمة الإشراف
commitment-review-note = تعليق المشرف
commitment-review-note-byline = { $decision ->
        [returned] أعاده
       *[archived] أرشفه
    } { $who } في { $date }
commitment-review-note-private = لا يرى هذا التعليق إلا صاحب الالتزام والمشرفون.
commitment-review-done-publish = نُشر «{ $title }»: أصبح يظهر الآن في نتائج البحث.
commitment-review-done-return = أعيد «{ $title }» إلى صاحبه، ويمكنه قراءة تعليقك.
commitment-review-done-archive = أُرشف «{ $title }»: تبقى صفحته، لكنه لم يعد يظهر في نتائج البحث.
commitment-review-next = هذا هو الالتزام التالي بانتظار المراجعة.
commitment-review-no-next = لا يوجد التزام آخر بانتظار المراجعة.

## المحررون.
commitment-editors-heading = المحررون
commitment-editors-intro = يمكن للمحررين تعديل هذا الالتزام وتقديم تقارير التقدم، مثل صاحبه. ولا يضيفهم أو يزيلهم إلا صاحب الالتزام والمشرفون.
commitment-editors-none = ليس لهذا الالتزام محررون.
commitment-editors-caption = الأشخاص الذين يمكنهم تعديل هذا الالتزام
commitment-editors-name = الاسم
commitment-editors-email = عنوان البريد الإلكتروني
commitment-editors-actions = الإجراءات
commitment-editors-make-owner = جعله صاحب الالتزام
commitment-editors-remove = إزالة
commitment-editors-add-label = إضافة محرر
commitment-editors-add-hint = عنوان البريد الإلكتروني لحسابه في هذا السجل.
commitment-editors-add-button = إضافة المحرر
commitment-editors-added = يمكن لـ{ $name } الآن تعديل هذا الالتزام.
commitment-editors-removed = أُزيل المحرر: لم يعد بإمكانه تغيير هذا الالتزام.
commitment-editors-owner-moved = نُقلت الملكية: أصبح المحرر صاحب هذا الالتزام، وأصبح صاحبه السابق محررًا.

## السجل.
commitment-history-title = السجل: { $title }
commitment-history-lead-review = كيف ورد، وكل تغيير محفوظ، وكل قرار مراجعة: من، ومتى، وأي الحقول، وقيمها القديمة والجديدة. الأحدث أولًا.
commitment-history-lead-public = كيف ورد، وكل تغيير محفوظ، ومتى نُشر: من، ومتى، وأي الحقول، وقيمها القديمة والجديدة. الأحدث أولًا.
commitment-history-none = لم يتغير هذا الالتزام منذ تسجيله.
commitment-history-fields-changed = الحقول التي تغيرت
commitment-history-field = الحقل
commitment-history-before = قبل
commitment-history-after = بعد
commitment-history-restore = استعادة هذه النسخة
commitment-back = العودة إلى الالتزام
commitment-version-original = النسخة { $version }: كما كان قبل التعديل الأول
commitment-version-restored = النسخة { $version }: استُعيدت النسخة { $from }
commitment-version-reported = النسخة { $version }: حالات حدّدها تقرير تقدم
commitment-version-edited = النسخة { $version }: عُدّل
commitment-history-by = بواسطة { $name }،
commitment-history-as-it-stood = كما كان في
commitment-history-imported-on = استُورد في
commitment-history-by-registry = بواسطة السجل في
commitment-history-not-public = (غير علني)
commitment-review-a-moderator = أحد المشرفين
commitment-value-yes = نعم
commitment-value-no = لا
commitment-event-imported = استُورد ({ $state })
commitment-event-submitted = قُدّم للمراجعة
commitment-event-reported = قدّم تقرير تقدم
commitment-event-report-hidden = أخفى تقرير تقدم
commitment-event-returned = أعيد إلى صاحبه لإجراء تعديلات
commitment-event-published = نُشر
commitment-event-archived = أُرشف
commitment-event-registry = السجل
commitment-moment = { $date } الساعة { $time } بالتوقيت العالمي
commitment-restored = تمت الاستعادة: الالتزام الآن في النسخة { $version }.
commitment-restore-same = هذه النسخة مطابقة للنسخة الحالية: لم يتغير شيء.
commitment-field-label = { $key ->
        [title] العنوان
        [category] الفئة
        [objective] الهدف
        [stakeholders] أصحاب المصلحة
        [partners] الشركاء
        [implementation] التنفيذ
        [results] النتائج
        [enabling_factors] العوامل التمكينية
        [sustainability] الاستدامة
        [other_sources] مصادر أخرى للمعلومات
        [sdgs] أهداف التنمية المستدامة
        [targets] الغايات
        [methods] وسائل التنفيذ
        [other_methods] وسائل تنفيذ أخرى
        [start_date] تاريخ البدء
        [completion_date] تاريخ الإنجاز
        [ongoing] جارٍ
        [regions] المناطق
        [countries] البلدان
        [geographical_coverage] النطاق الجغرافي
        [lead_entity] الجهة الرائدة
        [entity_type] نوع الجهة الرائدة
        [contact] جهة الاتصال
        [contact-name] اسم جهة الاتصال
        [contact-position] منصب جهة الاتصال
        [contact-email] البريد الإلكتروني لجهة الاتصال
        [contact-phone] هاتف جهة الاتصال
        [contact-public] بيانات الاتصال العلنية
        [deliverables] النواتج
        [resources] الموارد
        [language] اللغة
       *[other] { $label }
    }

## استمارة التسجيل والتعديل.
commitment-form-edit-title = تعديل: { $title }
commitment-form-register-title = تسجيل التزام
commitment-form-edit-caption = تعديل الالتزام رقم { $id }
commitment-form-register-caption = تسجيل التزام
commitment-form-heading = أخبرنا عن التزامك
commitment-form-restored = احتفظنا بما كتبته أثناء تسجيل دخولك من جديد. راجعه وأرسله عندما تكون مستعدًا.
commitment-form-needed = الحقول التي لا تحمل عبارة «(اختياري)» مطلوبة.
commitment-form-on-register = يراجع مشرفٌ كل التزام قبل نشره.
commitment-form-on-edit-published = تُنشر التغييرات على الالتزام المنشور فور حفظها، وتُحفظ في سجله.
commitment-form-on-edit-submitted = هو بانتظار المراجعة: تُحفظ تغييراتك فورًا، ويراجعه مشرف معها قبل نشره.
commitment-form-on-edit-returned = أعيد لإجراء تعديلات: حفظ تغييراتك يعيده إلى المراجعة.
commitment-form-on-edit-archived = هو مؤرشف: تُحفظ تغييراتك وتبقى في سجله، ويظل مؤرشفًا.
commitment-form-about = عن الالتزام
commitment-form-title = العنوان
commitment-form-title-hint = بين 10 و250 حرفًا، مثال: مياه مأمونة لـ200 مدرسة ريفية في كمبوديا
commitment-form-category = الفئة
commitment-form-objective = الهدف
commitment-form-objective-hint = ما يسعى الالتزام إلى تحقيقه، وبحلول متى.
commitment-form-stakeholders-section = أصحاب المصلحة والشركاء
commitment-form-stakeholders = أصحاب المصلحة (اختياري)
commitment-form-stakeholders-hint = من يشارك فيه أو يستفيد منه.
commitment-form-partners = الشركاء (اختياري)
commitment-form-partners-hint = المنظمات التي تعمل مع الجهة الرائدة. اترك الصف فارغًا لتخطيه.
commitment-form-partner = الشريك { $number }
commitment-form-name = الاسم
commitment-form-type = النوع
commitment-form-choose-type = اختر نوعًا
commitment-form-add-partner = إضافة شريك آخر
commitment-form-implementation-section = التنفيذ والنتائج
commitment-form-implementation = التنفيذ
commitment-form-implementation-hint = كيف يُنفَّذ الالتزام: الأنشطة، ومن يفعل ماذا.
commitment-form-results = النتائج (اختياري)
commitment-form-results-hint = ما تغيّر حتى الآن، مع الأرقام إن توفرت لديك.
commitment-form-enabling-factors = العوامل التمكينية (اختياري)
commitment-form-sustainability = الاستدامة (اختياري)
commitment-form-sustainability-hint = كيف سيستمر العمل بعد انتهاء التمويل.
commitment-form-other-sources = مصادر أخرى للمعلومات (اختياري)
commitment-form-other-sources-hint = تقارير، مواقع إلكترونية، تقييمات.
commitment-form-save = حفظ التغييرات
commitment-form-submit-anyway = تقديمه للمراجعة: ليس واحدًا منها
commitment-form-submit = تقديمه للمراجعة
commitment-form-save-draft = حفظه كمسودة
commitment-form-nothing-published = لا يُنشر شيء قبل أن يراجعه مشرف.
commitment-form-draft-hint = «حفظه كمسودة» يحتفظ بما كتبته كما هو، دون تدقيق، ولك وحدك: تجده في صفحة حسابك.
commitment-form-goals-section = الأهداف والغايات
commitment-form-sdgs = أهداف التنمية المستدامة
commitment-form-sdgs-hint = اختر كل هدف يعمل الالتزام على تحقيقه.
commitment-form-targets = الغايات (اختياري)
commitment-form-targets-hint = لكل هدف غايات، مثل الغاية 6.1 «مياه الشرب المأمونة والميسورة التكلفة». افتح هدفًا لاختيار غاياته؛ ويجب أن تنتمي الغايات إلى هدف مختار أعلاه.
commitment-form-targets-of = غايات الهدف { $number }
commitment-form-methods = وسائل التنفيذ (اختياري)
commitment-form-other-methods = وسائل تنفيذ أخرى (اختياري)
commitment-form-other-methods-hint = افصل بينها بفواصل، مثال: التعاون بين بلدان الجنوب، حملات إذاعية
commitment-form-dates = التواريخ
commitment-form-start-date = تاريخ البدء
commitment-form-completion-date = تاريخ الإنجاز
commitment-form-completion-before = متى ينتهي الالتزام.
commitment-form-completion-after = اتركه فارغًا وضع علامة على «جارٍ» إن لم يكن له تاريخ انتهاء.
commitment-form-ongoing = جارٍ: ليس للالتزام تاريخ إنجاز
commitment-form-where = أين
commitment-form-regions = المناطق
commitment-form-countries = البلدان (اختياري)
commitment-form-countries-hint = ضع علامة على كل بلد يعمل فيه الالتزام، تحت منطقته.
commitment-form-countries-filter = البلدان
commitment-form-elsewhere = أماكن أخرى
commitment-form-countries-find = البحث عن بلد
commitment-form-countries-none = لم يُعثر على شيء
commitment-form-countries-shown = المعروض: %n
commitment-form-coverage = النطاق الجغرافي (اختياري)
commitment-form-coverage-hint = المحافظات أو المدن أو المناطق، إن كان الالتزام يشمل جزءًا من بلد فقط.
commitment-form-lead-section = الجهة الرائدة
commitment-form-lead-entity = اسم الجهة الرائدة
commitment-form-lead-entity-hint = المنظمة التي تقود الالتزام.
commitment-form-entity-type = نوع الجهة الرائدة
commitment-form-contact-section = جهة الاتصال
commitment-form-contact-name = الاسم الكامل
commitment-form-contact-position = المنصب (اختياري)
commitment-form-contact-email = عنوان البريد الإلكتروني
commitment-form-contact-phone = الهاتف (اختياري)
commitment-form-contact-phone-hint = مع رمز البلد، مثال: ‎+41 22 917 12 34
commitment-form-contact-public = عرض عنوان البريد الإلكتروني ورقم الهاتف للجمهور
commitment-form-contact-public-hint = إن لم تضع علامة هنا، يُعرض الاسم والمنصب فقط.
commitment-form-deliverables = النواتج (اختياري)
commitment-form-deliverables-hint = ما سيقدمه الالتزام، وبحلول متى. اترك الصف فارغًا لتخطيه.
commitment-form-deliverable = الناتج { $number }
commitment-form-deliverable-title = العنوان
commitment-form-due-date = الموعد المحدد
commitment-form-status = الحالة
commitment-form-choose-status = اختر حالة
commitment-form-add-deliverable = إضافة ناتج آخر
commitment-form-resources = الموارد (اختياري)
commitment-form-resources-hint = الأموال أو المساهمات العينية أو الموظفون المرصودون. المبلغ عدد صحيح مع رمز عملته المكوّن من ثلاثة أحرف وفق ISO 4217، مثل USD أو EUR أو NGN؛ اترك الاثنين فارغين إن لم يكن هناك مبلغ (وهو الغالب في المساهمات العينية والموظفين).
commitment-form-resource = المورد { $number }
commitment-form-kind = النوع
commitment-form-choose-kind = اختر نوعًا
commitment-form-description = الوصف
commitment-form-amount = المبلغ (اختياري)
commitment-form-currency = العملة
commitment-form-currency-hint = مطلوبة مع المبلغ: رمز مثل USD أو EUR أو NGN
commitment-form-add-resource = إضافة مورد آخر
commitment-date-hint-html = <span class="nowrap">السنة-الشهر-اليوم</span>، مثال: <span class="nowrap" dir="ltr">{ $example }</span>
commitment-form-unreadable = تعذّرت قراءة الاستمارة. ارجع وحاول مرة أخرى.
commitment-form-no-version = تنقص الاستمارة النسخةَ التي حُمّلت عليها. أعد تحميل صفحة التعديل وحاول مرة أخرى.

## «هل هو مسجل بالفعل؟»
commitment-similar-check = هل هو مسجل بالفعل؟
commitment-similar-found = { ARABIC_PLURAL($count) ->
        [one] لهذا الالتزام الجهة الرائدة نفسها أو عنوان مشابه جدًا. لم يُحفظ أي شيء بعد.
       *[other] لهذه الالتزامات الجهة الرائدة نفسها أو عناوين مشابهة جدًا. لم يُحفظ أي شيء بعد.
    }
commitment-similar-new-tab = (يُفتح في علامة تبويب جديدة)
commitment-similar-same-lead = (الجهة الرائدة نفسها)
commitment-similar-advice = إن كان التزامك واحدًا منها، فلا داعي لتسجيله مرة أخرى. وإن كان التزامًا مختلفًا، فراجع الاستمارة أدناه وأرسلها: كل ما كتبته ما زال فيها.
commitment-draft-banner = هذه مسودتك: لا يراها أحد غيرك. أرسلها عندما تكون جاهزة، أو احفظها مرة أخرى كمسودة.

## حفظ شخص آخر أثناء تعديلك.
commitment-merge-heading = حفظ شخص آخر هذا الالتزام أثناء تعديلك له
commitment-merge-saved = حفظ { $who } تغييرات في { $when }. تغييراته على الحقول التي لم تغيّرها موجودة بالفعل في الاستمارة أدناه، وتغييراتك الأخرى محفوظة. لم يُحفظ شيء بعد.
commitment-merge-both-changed = غيّر كلاكما { ARABIC_PLURAL($count) ->
        [one] هذا الحقل
        [two] هذين الحقلين
       *[other] هذه الحقول ({ $count })
    }: اختر القيمة التي تريد الاحتفاظ بها، ثم احفظ.
commitment-merge-original = قبل أن يغيّره أيٌّ منكما
commitment-merge-theirs = قيمته
commitment-merge-yours = قيمتك
commitment-merge-keep-mine = الاحتفاظ بقيمتي
commitment-merge-keep-mine-hint-html = تحفظ القيمة الموجودة في الاستمارة أدناه، <a href="#{ $anchor }">{ $label }</a>، حيث لا يزال بإمكانك تغييرها.
commitment-merge-take-theirs = أخذ قيمته
commitment-merge-empty = (فارغ)
commitment-merge-not-known = (غير معروف)
commitment-merge-someone-else = شخص آخر
commitment-merge-names = { $names } و{ $last }
commitment-merged = دُمجت تغييراتك مع تغييرات { $who } المحفوظة في { $when }.

## الرسائل بعد الحفظ.
commitment-registered = قُدّم التزامك. سيراجعه مشرف قبل نشره.
commitment-unchanged = لم يتغير شيء، لذا لم يُحفظ شيء.
commitment-saved = حُفظت تغييراتك.
commitment-saved-resubmitted = حُفظت تغييراتك، وعاد الالتزام بانتظار المراجعة.
commitment-draft-saved = حُفظت مسودتك. لا يراها أحد غيرك: تجدها في صفحة حسابك.
commitment-drafts-full = لديك بالفعل { $count } مسودة، وهو الحد الأقصى للحساب الواحد. لم يُحفظ شيء: ارجع واحذف المسودات التي لم تعد تحتاجها من صفحة حسابك، أو أرسل الاستمارة.
commitment-report-filed = تقرير التقدم الذي قدمته موجود في التسلسل الزمني أدناه.
commitment-report-now-hidden = أُخفي التقرير: لا يراه الآن إلا صاحب الالتزام والمشرفون.
commitment-photo-added = أُضيفت الصورة.
commitment-photo-deleted = حُذفت الصورة.
commitment-contact-sent = أُرسلت رسالتك إلى جهة الاتصال الخاصة بهذا الالتزام. سيصلك الرد على { $email }.

## استمارة تقرير التقدم.
commitment-report-form-title = تقديم تقرير تقدم – { $title }
commitment-report-form-caption = تقديم تقرير تقدم
commitment-report-form-heading = كيف يسير «{ $title }»؟
commitment-report-form-restored = احتفظنا بما كتبته أثناء تسجيل دخولك من جديد. راجعه وأرسل التقرير عندما تكون مستعدًا.
commitment-report-form-lead = يُنشر تقريرك فورًا على صفحة الالتزام، ويُبقي مؤشر تقاريره محدَّثًا. لا يمكن تغيير التقارير بعد تقديمها. الحقول التي لا تحمل عبارة «(اختياري)» مطلوبة.
commitment-report-form-section = التقرير
commitment-report-form-date = تاريخ التقرير
commitment-report-form-date-hint = اليوم الذي يصفه التقرير، غدًا على الأكثر؛ وليس قبل بدء الالتزام.
commitment-report-form-status = أين يقف الالتزام
commitment-report-form-percent = نسبة الإنجاز (اختياري)
commitment-report-form-percent-hint = عدد صحيح من 0 إلى 100.
commitment-report-form-achievements = الإنجازات
commitment-report-form-achievements-hint = ما أُنجز منذ التقرير الأخير، مع الأرقام إن توفرت لديك: 20 حرفًا على الأقل.
commitment-report-form-challenges = التحديات (اختياري)
commitment-report-form-challenges-hint = ما الذي أبطأ العمل، وكيف تتعامل معه.
commitment-report-form-next-steps = الخطوات التالية (اختياري)
commitment-report-form-deliverables = النواتج
commitment-report-form-deliverables-hint = حدّث حالة كل ناتج. تبقى النواتج التي لم تتغير كما هي.
commitment-report-form-due = الموعد المحدد: { $date }
commitment-report-form-send = تقديم التقرير
commitment-report-form-cancel = الإلغاء والعودة إلى الالتزام
commitment-report-wait-title = التقارير تنتظر النشر – { $title }
commitment-report-wait-heading = يمكن تقديم تقارير التقدم بعد نشر الالتزام
commitment-report-wait-is = «{ $title }»
commitment-report-wait-why = التقارير جزء من السجل العام، لذا لا تُقدَّم إلا على الالتزامات المنشورة. لم يُحفظ شيء.
commitment-report-wait-submitted = يراجعه مشرف قبل نشره. وبعد نشره، عد إلى هنا لتقديم تقرير عنه.
commitment-report-wait-returned = أعاده مشرف إلى صاحبه لإجراء تعديلات. احفظه مرة أخرى لإعادته إلى المراجعة؛ وبعد نشره يمكنك تقديم تقرير عنه.
commitment-report-wait-archived = أرشفه مشرف: هو محفوظ للتوثيق ولا يقبل مزيدًا من التقارير.

## مراسلة جهة الاتصال.
commitment-contact-title = الاتصال بالفريق: { $title }
commitment-contact-heading-page = الاتصال بالفريق
commitment-contact-lead = تصل رسالتك بالبريد الإلكتروني إلى { $name }، جهة الاتصال الخاصة بهذا الالتزام.
commitment-contact-address-before = نرسلها مع عنوانك،
commitment-contact-address-after = ، ليتمكن من الرد عليك مباشرة. ولا نُطلعك على عنوانه.
commitment-contact-subject = الموضوع
commitment-contact-subject-hint = مثال: الشراكة في آبار المدارس
commitment-contact-message = الرسالة
commitment-contact-message-hint = اذكر من أنت وما الذي تريد معرفته. 5,000 حرف على الأكثر.
commitment-contact-send = إرسال الرسالة
commitment-contact-limit = يمكن لكل حساب إرسال 5 رسائل في اليوم عبر هذه الاستمارات.
