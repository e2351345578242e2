# The home page (templates/public/home.html).
# Counted nouns follow Arabic number agreement: dual for 2, plural for 3–10,
# accusative singular for 11–99, genitive singular for 0, 1 and from 100.

home-title = الالتزامات من أجل أهداف التنمية المستدامة
home-description = سجل عام يضم { $commitments } من الشراكات والالتزامات الطوعية والممارسات الجيدة التي تقودها { $organisations } من المنظمات في { $countries } من البلدان من أجل أهداف الأمم المتحدة للتنمية المستدامة، مع تقارير التقدم الخاصة بها.
home-heading = من يفعل ماذا من أجل أهداف التنمية المستدامة
home-lead = شراكات والتزامات طوعية وممارسات جيدة من الحكومات والمدن والمنظمات غير الحكومية والشركات وكيانات الأمم المتحدة والجامعات، يحدّثها باستمرار الأشخاص الذين يقودونها.
home-register = سجّل التزامك
home-search-label = البحث في الالتزامات
home-search-placeholder = مثلاً: مياه الشرب كينيا
home-search-button = بحث
home-figures-heading = السجل بالأرقام
# The figures are in a span of their own (HTML), styled large.
home-figure-commitments-html = <span class="totals__figure">{ $count }</span> { ARABIC_PLURAL($count) ->
        [one] التزام منشور
        [two] التزامان منشوران
        [few] التزامات منشورة
        [many] التزامًا منشورًا
       *[other] التزام منشور
    }
home-figure-organisations-html = <span class="totals__figure">{ $count }</span> { ARABIC_PLURAL($count) ->
        [one] منظمة رائدة
        [two] منظمتان رائدتان
        [few] منظمات رائدة
        [many] منظمةً رائدة
       *[other] منظمة رائدة
    }
home-figure-countries-html = <span class="totals__figure">{ $count }</span> { ARABIC_PLURAL($count) ->
        [one] بلد
        [two] بلدان
        [few] بلدان
        [many] بلدًا
       *[other] بلد
    }
home-figure-reports-html = <span class="totals__figure">{ $count }</span> { ARABIC_PLURAL($count) ->
        [one] تقرير تقدم
        [two] تقريرا تقدم
        [few] تقارير تقدم
        [many] تقريرًا عن التقدم
       *[other] تقرير تقدم
    }
home-goals-heading = الأهداف السبعة عشر
home-latest-heading = أحدث الالتزامات المنشورة
home-latest-none = لم يُنشر أي التزام حتى الآن.
home-browse-all = { ARABIC_PLURAL($count) ->
        [one] عرض الالتزام
        [two] تصفح الالتزامين
        [few] تصفح الالتزامات الـ{ $count }
        [many] تصفح الالتزامات الـ{ $count }
       *[other] تصفح جميع الالتزامات ({ $count })
    }
