# The public pages: the search page, commitment cards, organisations, statistics, the Atom feed.
# Counted nouns follow Arabic number agreement: dual for 2, plural for 3–10,
# accusative singular for 11–99, genitive singular for 0 and from 100.

## The search page (templates/public/search.html).
search-heading = الالتزامات
search-title-results = نتائج البحث عن «{ $q }»
# After a page's title, from its second page on.
search-title-page = (الصفحة { $page } من { $pages })
search-skip-to-results = الانتقال إلى النتائج
search-box-label = البحث في العناوين والأوصاف والجهات الرائدة والشركاء
search-button = بحث
search-results-heading = النتائج
search-chips-heading = عوامل التصفية المختارة
# Read by screen readers before a chip's label.
search-chip-remove = إزالة عامل التصفية
search-clear-filters = مسح جميع عوامل التصفية
search-count-none = لم يُعثر على أي التزام
search-count-empty-page = لا توجد نتائج في الصفحة { $page } من { ARABIC_PLURAL($total) ->
        [zero] { $total } التزام
        [one] التزام واحد
        [two] التزامين
        [few] { $total } التزامات
        [many] { $total } التزامًا
       *[other] { $total } التزام
    }
search-count-showing = عرض { $first } إلى { $last } من { ARABIC_PLURAL($total) ->
        [zero] { $total } التزام
        [one] التزام واحد
        [two] التزامين
        [few] { $total } التزامات
        [many] { $total } التزامًا
       *[other] { $total } التزام
    }
search-filters-selected = عوامل التصفية ({ ARABIC_PLURAL($count) ->
        [zero] لم يُختر أي منها
        [one] واحد مختار
        [two] اثنان مختاران
        [few] { $count } مختارة
        [many] { $count } مختارًا
       *[other] { $count } مختار
    })
search-sort-label = الترتيب حسب
search-sort-button = ترتيب
search-sort-relevance = الأكثر صلة
search-sort-newest = الأحدث أولًا
search-sort-oldest = الأقدم أولًا
search-sort-title = العنوان أبجديًا
search-sort-start = تاريخ البدء الأحدث
search-empty-registry = لم يُنشر أي التزام حتى الآن.
search-empty-no-match-html = لا يوجد التزام منشور مطابق. جرّب كلمات أخرى، أو <a href="/commitments">تصفّح جميع الالتزامات</a>.
search-empty-remove-one = لاستعادة النتائج، أزل أحد عوامل التصفية:
# { $filter } is one of the search-without-… texts.
search-suggestion-remove = إزالة { $filter }
search-suggestion-count = { ARABIC_PLURAL($count) ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجةً
       *[other] { $count } نتيجة
    }
search-without-text = نص البحث «{ $q }»
search-without-target = عامل التصفية حسب الغاية ({ $targets })
search-without-years = عامل التصفية حسب سنة البدء ({ $years })
search-without-organisation = المنظمة
# { $facet } is the filter's name in lower case (search-facet-…).
search-without-facet = عامل التصفية «{ $facet }» ({ $values })
# Between two values of one filter: “Africa or Europe”.
search-or = أو
search-pages-label = الصفحات
# A link to the previous or next page of results; the hidden part is read by screen readers.
search-pages-previous-html = الصفحة السابقة
search-pages-next-html = الصفحة التالية
# Read by screen readers before a page's number.
search-pages-page = الصفحة
# Read by screen readers after the last page's number.
search-pages-last = الأخيرة
search-pages-status = الصفحة { $page } من { $pages }
search-per-page = عدد النتائج في الصفحة:
search-download = { ARABIC_PLURAL($total) ->
        [one] تنزيل هذا الالتزام
        [two] تنزيل الالتزامين
       *[other] تنزيل جميع الالتزامات ({ $total })
    } في جدول بيانات (CSV)
search-problems-intro = النتائج أدناه لا تأخذ ما يلي في الحسبان:
search-filters-heading = التصفية
search-start-year = سنة البدء
search-start-year-hint = سنوات من 1945 إلى 2100
search-year-from = من
search-year-to = إلى
search-apply-filters = تطبيق عوامل التصفية

## Filters: each facet's name, and a selected filter as a chip.
search-facet-sdg = الهدف
search-facet-region = المنطقة
search-facet-country = البلد
search-facet-entity-type = نوع الجهة الرائدة
search-facet-category = الفئة
search-facet-method = وسائل التنفيذ
search-facet-status = الحالة
search-facet-reporting = تقديم التقارير
# The find box above a long list of filter values (countries); %n stands for a count.
search-find-label = البحث عن { $facet }
search-find-none = لم يُعثر على شيء
search-find-shown = المعروض: %n
search-chip-text = البحث: «{ $q }»
search-chip-facet = { $facet }: { $value }
search-chip-target = الغاية: { $targets }
search-years-between = بدأ بين { $from } و{ $to }
search-years-from = بدأ في { $from } أو بعده
search-years-to = بدأ في { $to } أو قبله
# The name suggested for a saved search without filters.
search-all-commitments = جميع الالتزامات

## Following a search (templates/partials/follow_search.html, follow_head.html).
follow-heading = متابعة هذا البحث
follow-feed-search = موجز Atom لهذا البحث
follow-feed-all = موجز Atom لجميع الالتزامات الجديدة
# Follows the feed's link, including its colon.
follow-feed-after = : الالتزامات الجديدة وتقارير التقدم الخاصة بها، في قارئ الموجزات لديك.
follow-name-label = سمِّ هذا البحث
follow-name-hint = نرسل إليك رسالة بالبريد الإلكتروني عندما تطابقه التزامات جديدة، مرة واحدة في اليوم على الأكثر. تجد عمليات البحث المحفوظة في صفحة حسابك.
follow-save = حفظ هذا البحث
# A link to the sign-in page, followed by follow-sign-in-after.
follow-sign-in = سجّل الدخول
follow-sign-in-after = لحفظ هذا البحث وتلقي رسالة بالبريد الإلكتروني عندما تطابقه التزامات جديدة.
follow-head-title = هذا البحث: { $name }

## A commitment's card in a list (templates/partials/card.html).
card-goals = الأهداف
# Before the year the commitment started: “Since 2015”.
card-since = منذ
# Between two regions of a card: “Africa, Europe”.
card-list-separator = { "، " }

## The organisations (templates/public/organisations.html, organisation.html).
org-list-title = المنظمات
org-list-description = جميع الجهات الرائدة والشركاء في الالتزامات المنشورة من أجل أهداف الأمم المتحدة للتنمية المستدامة، مرتبة أبجديًا.
org-list-lead = كل جهة رائدة وكل شريك يذكره التزام منشور، مع عدد الالتزامات التي تذكره.
org-find-label = البحث عن منظمة باسمها
org-find-button = بحث
org-letters-label = المنظمات حسب الحرف الأول
org-letters-all = الكل
org-letters-other = 0–9 وغيرها
org-count-none = لم يُعثر على أي منظمة
org-count = { ARABIC_PLURAL($count) ->
        [zero] { $count } منظمة
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }
org-show-all = عرض الكل
org-line-commitments = { ARABIC_PLURAL($count) ->
        [zero] { $count } التزام
        [one] التزام واحد
        [two] التزامان
        [few] { $count } التزامات
        [many] { $count } التزامًا
       *[other] { $count } التزام
    }
org-breadcrumb-label = مسار التنقل
org-breadcrumb-home = الصفحة الرئيسية
org-caption = منظمة
org-also-written = تُكتب أيضًا:
org-count-no-match = لا يطابق أي التزام عوامل التصفية هذه
org-roles-none = لا التزامات منشورة
org-roles-partner = شريك في { ARABIC_PLURAL($partner) ->
        [zero] { $partner } التزام منشور
        [one] التزام منشور واحد
        [two] التزامين منشورين
        [few] { $partner } التزامات منشورة
        [many] { $partner } التزامًا منشورًا
       *[other] { $partner } التزام منشور
    }
org-roles-lead = جهة رائدة في { ARABIC_PLURAL($lead) ->
        [zero] { $lead } التزام منشور
        [one] التزام منشور واحد
        [two] التزامين منشورين
        [few] { $lead } التزامات منشورة
        [many] { $lead } التزامًا منشورًا
       *[other] { $lead } التزام منشور
    }
org-roles-both = جهة رائدة في { ARABIC_PLURAL($lead) ->
        [zero] { $lead } التزام منشور
        [one] التزام منشور واحد
        [two] التزامين منشورين
        [few] { $lead } التزامات منشورة
        [many] { $lead } التزامًا منشورًا
       *[other] { $lead } التزام منشور
    } وشريك في { $partner }
# { $roles } is one of the org-roles-… texts, its first letter in lower case.
org-description = { $name }: { $roles }، في سجل الالتزامات من أجل أهداف الأمم المتحدة للتنمية المستدامة.

# A bad value in the address of /organisations (shown on the 400 page).
org-bad-name-filter = q: عامل التصفية حسب الاسم طويل جدًا؛ استخدم { $max } حرف على الأكثر
org-bad-letter = letter: «{ $value }» ليس حرفًا؛ استخدم حرفًا من A إلى Z، أو «other»
org-bad-page = page: يجب أن تكون «{ $value }» عددًا صحيحًا من 1 إلى { $max }

## Statistics (templates/public/stats.html).
stats-title = الإحصاءات
stats-heading = السجل بالأرقام
stats-lead = { ARABIC_PLURAL($total) ->
        [zero] لا التزامات منشورة
        [one] التزام منشور واحد
        [two] التزامان منشوران
        [few] { $total } التزامات منشورة
        [many] { $total } التزامًا منشورًا
       *[other] { $total } التزام منشور
    }. يُحسب الالتزام مرة واحدة تحت كل هدف وكل منطقة يذكرهما، لذا يتجاوز مجموع هذه الرسوم البيانية { $total }. اختر تسمية أحد الأشرطة لعرض التزاماته.
stats-contents-label = الرسوم البيانية في هذه الصفحة
stats-by-goal = حسب الهدف
stats-by-region = حسب المنطقة
stats-by-entity-type = حسب نوع الجهة الرائدة
stats-by-category = حسب الفئة
stats-by-start-year = حسب سنة البدء
stats-by-reporting = حسب تقديم التقارير
# The table behind a chart, for screen readers; { $chart } is the chart's title in lower case.
stats-caption = الالتزامات المنشورة { $chart }
stats-column-value = القيمة
stats-column-commitments = الالتزامات
stats-column-bar = الشريط

## The Atom feed's own titles (the entries' text stays as written).
feed-title-all = سجل الالتزامات بأهداف التنمية المستدامة: أحدث الالتزامات وتقارير التقدم
feed-title-search = سجل الالتزامات بأهداف التنمية المستدامة: { $search }
feed-report-title = تقرير التقدم بتاريخ { $date }: { $title } ({ $status })
