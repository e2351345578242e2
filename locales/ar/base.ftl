# Every page's frame: header, navigation, notice, footer (templates/base.html).

site-name = سجل الالتزامات بأهداف التنمية المستدامة
skip-link = الانتقال إلى المحتوى الرئيسي
feed-link-title = أحدث الالتزامات وتقارير التقدم
search-meta-title = الالتزامات
search-meta-description = ابحث في الشراكات والالتزامات الطوعية والممارسات الجيدة من أجل أهداف الأمم المتحدة للتنمية المستدامة وتصفّحها، حسب الهدف والمنطقة والبلد ونوع المنظمة وغير ذلك.

nav-label = القائمة الرئيسية
nav-commitments = الالتزامات
nav-organisations = المنظمات
nav-statistics = الإحصاءات
nav-register = تسجيل التزام
nav-account = حسابك
nav-moderation = الإشراف
nav-users = المستخدمون
nav-site-notice = إشعار الموقع
nav-sign-out = تسجيل الخروج
nav-sign-in = تسجيل الدخول
nav-sign-up = إنشاء حساب

language-switch-label = اللغة

notice-label = إشعار الموقع
notice-read-only-title = السجل متاح للقراءة فقط في الوقت الحالي.
notice-read-only-body = يمكنك التصفح والبحث، لكن لا يمكن حفظ أي تغييرات إلى أن يُعاد فتحه.

footer-about = سجل عام للشراكات والالتزامات الطوعية والممارسات الجيدة من أجل أهداف الأمم المتحدة للتنمية المستدامة. يمكن لأي شخص تصفحه والبحث فيه.
footer-data = برمجيات مفتوحة المصدر. تُعرض البيانات كما أدخلتها المنظمات التي تقود كل التزام.
footer-feed = متابعة الالتزامات وتقارير التقدم الجديدة (موجز Atom)
footer-api = واجهة برمجة التطبيقات JSON

# Between the items of a short inline list (quoted: the space after it counts).
list-separator = { "، " }
# Between the rows of a table written on one line (partners, deliverables).
rows-separator = { "؛ " }
