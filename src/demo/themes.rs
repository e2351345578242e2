//! Demo data: one theme per goal, words that make its commitments sound real; goals 1 to 8.

use super::more_themes::{
    CITIES, CLIMATE, CONSUMPTION, INDUSTRY, INEQUALITIES, LAND, OCEANS, PARTNERSHIPS, PEACE,
};

/// What commitments under one goal talk about. Templates take `{place}`, `{city}`,
/// `{country}`, `{year}` and numbers `{s}` (small), `{m}` (medium), `{k}` (thousands), `{pct}`.
pub(super) struct Theme {
    pub(super) titles: &'static [&'static str],
    pub(super) objectives: &'static [&'static str],
    pub(super) actions: &'static [&'static str],
    pub(super) results: &'static [&'static str],
    pub(super) achievements: &'static [&'static str],
    pub(super) deliverables: &'static [&'static str],
    pub(super) ministries: &'static [&'static str],
    pub(super) un: &'static [&'static str],
    pub(super) sectors: &'static [&'static str],
    pub(super) businesses: &'static [&'static str],
    pub(super) sciences: &'static [&'static str],
}

/// The theme of each goal, goal 1 first.
pub(super) static THEMES: [Theme; 17] = [
    NO_POVERTY,
    ZERO_HUNGER,
    HEALTH,
    EDUCATION,
    GENDER_EQUALITY,
    WATER,
    ENERGY,
    DECENT_WORK,
    INDUSTRY,
    INEQUALITIES,
    CITIES,
    CONSUMPTION,
    CLIMATE,
    OCEANS,
    LAND,
    PEACE,
    PARTNERSHIPS,
];

/// Goal 1: No Poverty.
pub(super) const NO_POVERTY: Theme = Theme {
    titles: &[
        "Cash transfers for {k} extremely poor households in {place}",
        "Graduation programme lifting {k} families out of poverty in {place}",
        "Social protection floor for informal workers in {place}",
        "Savings groups for {m} rural women in {place}",
        "Universal child benefit in {place}",
    ],
    objectives: &[
        "To reduce extreme poverty among {k} households in {place} by {year}.",
        "The commitment aims to extend social protection to informal workers and their families in {place}.",
        "We seek to help {k} families build savings, assets and resilience to shocks.",
    ],
    actions: &[
        "Eligible households receive monthly cash transfers through mobile money, combined with coaching visits.",
        "Village savings and loan associations are set up and trained over an 18-month cycle.",
        "A single social registry links cash transfers, health insurance and school feeding.",
        "Community facilitators identify the poorest households through participatory wealth ranking.",
    ],
    results: &[
        "{pct}% of participating households now have savings of their own.",
        "More than {k} people received regular transfers in the first two years.",
        "Household consumption rose by {pct}% compared with the baseline.",
    ],
    achievements: &[
        "Transfers reached {k} households, {pct}% of them headed by women.",
        "{m} savings groups were formed and are now running independently.",
    ],
    deliverables: &[
        "Social registry covering {k} households",
        "Baseline poverty survey",
        "Mobile money payment system for transfers",
        "Impact evaluation report",
    ],
    ministries: &["Social Protection", "Labour and Social Welfare", "Social Development"],
    un: &["UNDP", "ILO", "UNICEF", "IFAD"],
    sectors: &["Livelihoods", "Social Protection"],
    businesses: &["Microfinance", "Fintech"],
    sciences: &["Development Economics", "Social Policy"],
};

/// Goal 2: Zero Hunger.
pub(super) const ZERO_HUNGER: Theme = Theme {
    titles: &[
        "Climate-smart agriculture for {k} smallholder farmers in {place}",
        "School meals with locally grown food for {k} children in {place}",
        "Reducing post-harvest losses in {place}",
        "Drought-tolerant seed systems for {place}",
        "Community nutrition programme for mothers and infants in {place}",
    ],
    objectives: &[
        "To raise the yields and incomes of {k} smallholder farmers in {place} by {year}.",
        "The initiative aims to end child stunting in {m} communities through better diets.",
        "We aim to cut post-harvest losses of staple crops by {pct}%.",
    ],
    actions: &[
        "Farmer field schools train producers in conservation agriculture and crop diversification.",
        "Hermetic storage bags and solar dryers are distributed through local cooperatives.",
        "Schools buy fresh produce from nearby farmers under multi-year contracts.",
        "Community health volunteers counsel mothers on infant and young child feeding.",
    ],
    results: &[
        "Average maize yields increased by {pct}% among participating farmers.",
        "{k} children now receive a nutritious school meal every day.",
        "Post-harvest losses fell by {pct}% in pilot districts.",
    ],
    achievements: &[
        "{k} farmers completed field school training and adopted at least two new practices.",
        "Local farmers supplied {pct}% of the food served in school meals.",
    ],
    deliverables: &[
        "Seed multiplication plots in {s} districts",
        "Farmer training curriculum",
        "Warehouse receipt system",
        "Nutrition survey report",
    ],
    ministries: &["Agriculture and Food Security", "Agriculture, Livestock and Fisheries"],
    un: &["FAO", "WFP", "IFAD"],
    sectors: &["Food", "Agriculture"],
    businesses: &["Agribusiness", "Foods"],
    sciences: &["Agronomy", "Nutrition Science"],
};

/// Goal 3: Good Health and Well-being.
pub(super) const HEALTH: Theme = Theme {
    titles: &[
        "Solar power for {m} health clinics in {place}",
        "Community health workers for {k} households in {place}",
        "Eliminating malaria in {place} by {year}",
        "Maternal and newborn care in {m} rural facilities in {place}",
        "Mental health services in primary care across {place}",
    ],
    objectives: &[
        "To reduce maternal and newborn deaths in {place} through better primary health care.",
        "The commitment aims to bring essential health services within 5 km of every household in {place}.",
        "We aim to cut malaria incidence by {pct}% by {year}.",
    ],
    actions: &[
        "Community health workers are recruited, trained and paid to visit every household monthly.",
        "Clinics receive solar power, vaccine refrigerators and reliable supplies of essential medicines.",
        "Digital health records connect rural clinics with district hospitals.",
        "Insecticide-treated nets are distributed and indoor residual spraying is carried out each season.",
    ],
    results: &[
        "Skilled birth attendance rose by {pct}% in supported districts.",
        "{m} clinics now have reliable electricity around the clock.",
        "More than {k} children were fully immunised.",
    ],
    achievements: &[
        "{m} community health workers were trained and deployed in {s} districts.",
        "Vaccine coverage in target districts increased by {pct}% this year.",
    ],
    deliverables: &[
        "{s} clinics equipped with solar power",
        "Training of {m} community health workers",
        "District health information system",
        "Cold chain upgrade",
    ],
    ministries: &["Health", "Health and Population", "Public Health"],
    un: &["WHO", "UNICEF", "UNFPA", "UNAIDS"],
    sectors: &["Health", "Medicine"],
    businesses: &["Pharma", "Health"],
    sciences: &["Epidemiology", "Public Health"],
};

/// Goal 4: Quality Education.
pub(super) const EDUCATION: Theme = Theme {
    titles: &[
        "Foundational literacy for {k} children in {place}",
        "Digital classrooms in {m} secondary schools in {place}",
        "Second-chance education for out-of-school girls in {place}",
        "Teacher training for inclusive education in {place}",
        "Technical and vocational skills for {k} young people in {place}",
    ],
    objectives: &[
        "To ensure that every child in {place} can read with understanding by the end of grade 3.",
        "The commitment aims to bring {k} out-of-school children back to learning by {year}.",
        "We aim to train {k} teachers in learner-centred and inclusive methods.",
    ],
    actions: &[
        "Teachers receive structured lesson plans, coaching and reading materials in local languages.",
        "Schools are equipped with solar-powered tablets and offline learning content.",
        "Accelerated learning classes let out-of-school children catch up and rejoin formal schools.",
        "Apprenticeships are co-designed with local employers.",
    ],
    results: &[
        "The share of grade 3 pupils reading fluently rose by {pct}%.",
        "{k} children re-enrolled in formal schooling.",
        "{m} schools now use digital learning every week.",
    ],
    achievements: &[
        "Reading assessments show clear gains in {m} supported schools.",
        "{k} learners completed the accelerated learning programme.",
    ],
    deliverables: &[
        "Reading materials in {s} local languages",
        "Teacher coaching programme",
        "Learning assessment report",
        "{m} digital classrooms",
    ],
    ministries: &["Education", "Education and Sports", "Basic Education"],
    un: &["UNESCO", "UNICEF"],
    sectors: &["Education", "Learning"],
    businesses: &["EdTech", "Learning"],
    sciences: &["Education Research", "Learning Sciences"],
};

/// Goal 5: Gender Equality.
pub(super) const GENDER_EQUALITY: Theme = Theme {
    titles: &[
        "Women's leadership in local government in {place}",
        "Ending child marriage in {place} by {year}",
        "Safe cities for women and girls in {place}",
        "Equal pay certification for {m} companies in {place}",
        "Access to finance for women entrepreneurs in {place}",
    ],
    objectives: &[
        "To increase the share of women in elected local office in {place} to at least {pct}%.",
        "The commitment aims to end child marriage in {m} communities by {year}.",
        "We aim to close the gender pay gap among participating employers.",
    ],
    actions: &[
        "Women candidates receive mentoring, campaign training and childcare support.",
        "Community dialogues engage religious and traditional leaders on girls' rights.",
        "Women-led businesses gain access to credit guarantees and business coaching.",
        "Survivors of violence are referred to shelters, legal aid and counselling.",
    ],
    results: &[
        "{pct}% of trained candidates were elected in the last local elections.",
        "{m} communities publicly declared an end to child marriage.",
        "Loans worth more than USD {k} were extended to women entrepreneurs.",
    ],
    achievements: &[
        "{m} women completed leadership training this year.",
        "{s} new shelters and legal aid desks opened.",
    ],
    deliverables: &[
        "Mentoring programme for {m} women candidates",
        "Gender pay gap audit",
        "Safe transport pilot",
        "Survivor referral pathway",
    ],
    ministries: &[
        "Women, Gender and Social Development",
        "Gender Equality and Family",
    ],
    un: &["UN Women", "UNFPA", "UNDP"],
    sectors: &["Equality", "Women's Leadership"],
    businesses: &["Apparel", "Fintech"],
    sciences: &["Gender Studies"],
};

/// Goal 6: Clean Water and Sanitation.
pub(super) const WATER: Theme = Theme {
    titles: &[
        "Safe drinking water for {k} people in {place}",
        "Solar-powered boreholes for {m} villages in {place}",
        "Water safety plans for utilities in {place}",
        "Sanitation and hygiene in {m} schools in {place}",
        "Integrated water resources management in {place}",
    ],
    objectives: &[
        "To provide safely managed drinking water to {k} people in {place} by {year}.",
        "The commitment aims to end open defecation in {m} communities.",
        "We aim to reduce non-revenue water in the utility by {pct}%.",
    ],
    actions: &[
        "Solar-powered boreholes are drilled and handed over to trained water committees.",
        "Households pay affordable tariffs through prepaid water meters.",
        "Schools receive separate latrines for girls and boys and handwashing stations.",
        "Catchment committees monitor river flows and allocate water among users.",
    ],
    results: &[
        "{k} people gained access to safe drinking water.",
        "Non-revenue water fell by {pct}% in the pilot zones.",
        "{m} communities were certified open-defecation free.",
    ],
    achievements: &[
        "{m} new water points are operational and managed by trained committees.",
        "Handwashing facilities were installed in {m} schools.",
    ],
    deliverables: &[
        "{m} solar-powered boreholes",
        "Water safety plan for the utility",
        "School sanitation facilities in {s} schools",
        "Groundwater monitoring network",
    ],
    ministries: &[
        "Water and Irrigation",
        "Water and Sanitation",
        "Water Resources",
    ],
    un: &["UNICEF", "UN-Habitat", "UNEP"],
    sectors: &["Water", "Sanitation"],
    businesses: &["Water", "Pumps"],
    sciences: &["Hydrology", "Water Engineering"],
};

/// Goal 7: Affordable and Clean Energy.
pub(super) const ENERGY: Theme = Theme {
    titles: &[
        "Solar mini-grids for {m} health clinics in {place}",
        "Clean cooking for {k} households in {place}",
        "Off-grid solar for {k} rural homes in {place}",
        "Energy efficiency in public buildings in {place}",
        "Geothermal and wind power expansion in {place}",
    ],
    objectives: &[
        "To give {k} households in {place} access to clean, affordable electricity by {year}.",
        "The commitment aims to replace charcoal stoves with clean cooking solutions.",
        "We aim to cut energy use in public buildings by {pct}%.",
    ],
    actions: &[
        "Pay-as-you-go solar home systems are sold through local agents.",
        "Mini-grids are built and operated under a public-private concession.",
        "Local technicians are trained to install and maintain solar equipment.",
        "Energy audits identify savings in schools, hospitals and offices.",
    ],
    results: &[
        "{k} households now use clean cooking solutions.",
        "{m} MW of renewable capacity was installed.",
        "Energy use in public buildings fell by {pct}%.",
    ],
    achievements: &[
        "{k} solar home systems were installed this year.",
        "{s} mini-grids reached commercial operation.",
    ],
    deliverables: &[
        "{m} mini-grids commissioned",
        "Clean cooking market study",
        "Technician certification scheme",
        "Energy audit of {m} public buildings",
    ],
    ministries: &["Energy", "Energy and Mines", "Energy and Petroleum"],
    un: &["UNDP", "UNIDO", "UNEP"],
    sectors: &["Energy", "Solar"],
    businesses: &["Solar", "Energy", "Power"],
    sciences: &["Energy Systems"],
};

/// Goal 8: Decent Work and Economic Growth.
pub(super) const DECENT_WORK: Theme = Theme {
    titles: &[
        "Green jobs for {k} young people in {place}",
        "Formalising informal enterprises in {place}",
        "Decent work in supply chains from {place}",
        "Youth apprenticeships with {m} employers in {place}",
        "Ending child labour in cocoa-growing communities of {place}",
    ],
    objectives: &[
        "To create {k} decent jobs for young women and men in {place} by {year}.",
        "The commitment aims to bring {k} informal workers under social security.",
        "We aim to end child labour in our supply chains by {year}.",
    ],
    actions: &[
        "Young people follow six-month apprenticeships with stipends and mentoring.",
        "Small enterprises receive simplified registration, bookkeeping training and access to credit.",
        "Suppliers are audited and supported to meet labour standards.",
        "Community child labour monitoring systems refer children back to school.",
    ],
    results: &[
        "{pct}% of apprentices found work within six months.",
        "{k} enterprises registered formally.",
        "Child labour cases fell by {pct}% in monitored communities.",
    ],
    achievements: &[
        "{m} young people completed apprenticeships and {pct}% found jobs.",
        "{m} suppliers passed labour standards audits.",
    ],
    deliverables: &[
        "Apprenticeship scheme with {m} employers",
        "Supplier audit programme",
        "Child labour monitoring system",
        "Enterprise registration one-stop shop",
    ],
    ministries: &["Labour and Employment", "Youth and Employment"],
    un: &["ILO", "UNDP", "ITC"],
    sectors: &["Enterprise", "Skills"],
    businesses: &["Cocoa", "Textiles", "Logistics"],
    sciences: &["Labour Economics"],
};
