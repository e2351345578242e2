# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = الخطأ { $status }.
# Contains links: the template shows it as HTML.
error-next-html = يمكنك <a href="/commitments">تصفح جميع الالتزامات</a> أو الانتقال إلى <a href="/">الصفحة الرئيسية</a>.
