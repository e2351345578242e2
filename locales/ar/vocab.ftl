# أسماء المفردات: الأهداف السبعة عشر وكل قائمة مغلقة في السجل.

## أهداف التنمية المستدامة السبعة عشر: الأسماء المختصرة الرسمية للأمم المتحدة.
sdg-1 = القضاء على الفقر
sdg-2 = القضاء التام على الجوع
sdg-3 = الصحة الجيدة والرفاه
sdg-4 = التعليم الجيد
sdg-5 = المساواة بين الجنسين
sdg-6 = المياه النظيفة والنظافة الصحية
sdg-7 = طاقة نظيفة وبأسعار معقولة
sdg-8 = العمل اللائق ونمو الاقتصاد
sdg-9 = الصناعة والابتكار والهياكل الأساسية
sdg-10 = الحد من أوجه عدم المساواة
sdg-11 = مدن ومجتمعات محلية مستدامة
sdg-12 = الاستهلاك والإنتاج المسؤولان
sdg-13 = العمل المناخي
sdg-14 = الحياة تحت الماء
sdg-15 = الحياة في البر
sdg-16 = السلام والعدل والمؤسسات القوية
sdg-17 = عقد الشراكات لتحقيق الأهداف

## الفئات: نوع المبادرة.
category-partnership = شراكة
category-voluntary-commitment = التزام طوعي
category-good-practice = ممارسة جيدة

## المناطق: التجمعات الإقليمية للأمم المتحدة.
region-africa = أفريقيا
region-asia-pacific = آسيا والمحيط الهادئ
region-europe = أوروبا
region-latin-america-caribbean = أمريكا اللاتينية ومنطقة البحر الكاريبي
region-north-america = أمريكا الشمالية
region-west-asia = غرب آسيا
region-global = عالمي

## أنواع الجهات: نوع الجهة الرائدة أو الشريك.
entity-type-government = حكومة
entity-type-local-government = سلطة محلية
entity-type-un-entity = كيان تابع للأمم المتحدة
entity-type-intergovernmental-organization = منظمة حكومية دولية
entity-type-ngo = منظمة غير حكومية
entity-type-civil-society = المجتمع المدني
entity-type-private-sector = القطاع الخاص
entity-type-academic = مؤسسة أكاديمية
entity-type-scientific-community = الأوساط العلمية
entity-type-philanthropic = مؤسسة خيرية
entity-type-partnership = شراكة
entity-type-other = غير ذلك

## وسائل التنفيذ.
method-financing = التمويل
method-capacity-building = بناء القدرات
method-technology = التكنولوجيا
method-policy = السياسات
method-partnership = الشراكات
method-data-monitoring = البيانات والرصد
method-trade = التجارة

## حالة أحد النواتج.
deliverable-status-planned = مخطط له
deliverable-status-in-progress = قيد التنفيذ
deliverable-status-completed = مكتمل
deliverable-status-cancelled = ملغى

## نوع الموارد الملتزم بها.
resource-kind-financing = تمويل
resource-kind-in-kind = مساهمة عينية
resource-kind-staff = موظفون / خبرة فنية
resource-kind-other = غير ذلك

## تقييم تقرير التقدم للالتزام.
report-status-on-track = يسير على المسار الصحيح
report-status-off-track = متأخر عن المسار
report-status-achieved = تحقق
report-status-discontinued = توقف

## مرحلة مراجعة الالتزام.
workflow-submitted = بانتظار المراجعة
workflow-published = منشور
workflow-returned = أعيد لإجراء تعديلات
workflow-archived = مؤرشف

## قرار المشرف.
decision-publish = نشر
decision-return = إعادته إلى صاحبه لإجراء تعديلات
decision-archive = أرشفة

## الحالة، وفق تاريخ الإنجاز.
status-ongoing = جارٍ
status-completed = مكتمل

## تقديم التقارير، وفق آخر تقرير.
reporting-up-to-date = محدّث
reporting-due = حان موعد التقرير
reporting-overdue = التقرير متأخر
reporting-inactive = غير نشط

## أدوار الحسابات.
role-contributor = مساهم
role-moderator = مشرف
role-admin = مدير

## درجة أهمية إشعار الموقع.
notice-level-info = معلومات
notice-level-warning = تحذير
