//! Demo data: word lists shared by every theme, and names of people.

pub(super) const GENERIC_ACTIONS: &[&str] = &[
    "A steering committee of all partners meets every quarter to review progress.",
    "Progress is tracked against a baseline, with an independent mid-term evaluation.",
    "Local partners lead delivery, with technical support from the lead entity.",
    "Activities start with pilots in {s} districts before scaling up.",
    "Lessons are shared through an open online platform and an annual learning event.",
];
pub(super) const GENERIC_DELIVERABLES: &[&str] = &[
    "Baseline study",
    "Mid-term evaluation",
    "Final evaluation report",
    "Training of {m} local staff",
    "Annual progress report",
];
pub(super) const STAKEHOLDER_GROUPS: &[&str] = &[
    "smallholder farmers",
    "women's groups",
    "local authorities",
    "youth organisations",
    "indigenous peoples",
    "persons with disabilities",
    "private sector partners",
    "teachers and school boards",
    "health workers",
    "fisherfolk cooperatives",
    "informal workers",
    "refugees and host communities",
    "researchers",
    "faith-based organisations",
];
pub(super) const ENABLING_FACTORS: &[&str] = &[
    "Strong political support from national and local authorities.",
    "Long-standing trust between the partners and community leaders.",
    "Co-financing from public and private partners.",
    "Open data and shared monitoring tools.",
    "Alignment with the national development plan.",
    "Local ownership: communities chose the priorities themselves.",
];
pub(super) const SUSTAINABILITY: &[&str] = &[
    "Operations are funded from user fees after the initial investment phase.",
    "Responsibilities are being handed over to local authorities, who have budgeted for them.",
    "Trained local staff will continue the work after the project ends.",
    "The approach has been written into national policy.",
    "A revolving fund reinvests repayments in new activities.",
];
pub(super) const OTHER_SOURCES: &[&str] = &[
    "Annual reports: https://example.org/reports",
    "The baseline study and mid-term evaluation are available on request.",
    "Project website: https://www.example.com/projects",
    "Case study in the Voluntary National Review of {country}.",
    "Open data: https://data.example.org",
];
pub(super) const COVERAGE: &[&str] = &[
    "Urban and peri-urban areas of {city}",
    "{s} districts of {country}",
    "Nationwide in {country}",
    "Coastal provinces of {country}",
    "{city} and surrounding rural municipalities",
    "Rural areas of {place}",
];
/// Coverage of commitments that name no country.
pub(super) const WIDE_COVERAGE: &[&str] = &[
    "Rural areas of {place}",
    "Urban and peri-urban areas across {place}",
    "Pilot sites in {s} locations across {place}",
    "Coastal and island communities",
];
pub(super) const OTHER_METHODS: &[&str] = &[
    "South-South cooperation",
    "Triangular cooperation",
    "Knowledge sharing",
    "Volunteer mobilisation",
    "Public awareness campaigns",
    "Open data",
    "Community-based monitoring",
    "Results-based financing",
];
pub(super) const CHALLENGES: &[&str] = &[
    "Delays in procurement slowed the delivery of equipment.",
    "Currency depreciation raised the cost of imported materials.",
    "Heavy rains made some sites inaccessible for several weeks.",
    "Staff turnover in partner institutions required repeated training.",
    "Funding arrived later than planned.",
];
pub(super) const NEXT_STEPS: &[&str] = &[
    "Scale up to {s} more districts next year.",
    "Complete the independent mid-term evaluation.",
    "Hand over operations to local authorities.",
    "Publish the monitoring data on the open portal.",
    "Secure co-financing for the second phase.",
];
pub(super) const IGOS: &[&str] = &[
    "African Union Commission",
    "OECD",
    "Asian Development Bank",
    "Inter-American Development Bank",
    "European Commission",
    "Pacific Islands Forum Secretariat",
    "Commonwealth Secretariat",
    "International Renewable Energy Agency",
    "Global Green Growth Institute",
    "Organisation internationale de la Francophonie",
    "ASEAN Secretariat",
    "Caribbean Community Secretariat",
    "League of Arab States",
    "Islamic Development Bank",
];
pub(super) const NGO_WORDS: &[&str] = &[
    "Green",
    "Blue Horizon",
    "Bright",
    "Open",
    "Common Ground",
    "Rising",
    "Shared",
    "Living",
    "Sahel",
    "Pacific",
    "Andean",
    "Mekong",
    "Lifeline",
    "Harvest",
    "Pathways",
    "Amani",
    "Ubuntu",
    "Esperanza",
];
pub(super) const COMPANY_HEADS: &[&str] = &[
    "Sun", "Aqua", "Terra", "Nova", "Blue", "Green", "Kili", "Andes", "Coral", "Granite",
    "Meridian", "North", "Ever", "Silver", "River", "Baobab", "Condor", "Lotus", "Volta",
];
pub(super) const COMPANY_TAILS: &[&str] = &[
    "bridge", "field", "wave", "line", "path", "stone", "works", "point", "gate", "leaf",
];
pub(super) const LEGAL_FORMS: &[&str] = &[
    "Ltd", "Inc.", "S.A.", "GmbH", "AG", "plc", "Group", "Holdings", "S.A.S.", "Pty Ltd", "K.K.",
    "B.V.", "Ltda.",
];
pub(super) const POSITIONS: &[&str] = &[
    "Programme Manager",
    "Director of Partnerships",
    "Senior Policy Adviser",
    "Project Coordinator",
    "Head of Sustainability",
    "Country Director",
    "Research Fellow",
    "Communications Officer",
    "Executive Director",
    "",
];
/// First names: as written, and as in an email address.
pub(super) const FIRST_NAMES: &[(&str, &str)] = &[
    ("Amina", "amina"),
    ("José", "jose"),
    ("Wanjiru", "wanjiru"),
    ("Li", "li"),
    ("Yuki", "yuki"),
    ("Fatima", "fatima"),
    ("Lars", "lars"),
    ("Chloé", "chloe"),
    ("Kwame", "kwame"),
    ("Priya", "priya"),
    ("Mateo", "mateo"),
    ("Aroha", "aroha"),
    ("Olusegun", "olusegun"),
    ("Sofía", "sofia"),
    ("Hannah", "hannah"),
    ("Omar", "omar"),
    ("Thandiwe", "thandiwe"),
    ("Ananya", "ananya"),
    ("Joaquim", "joaquim"),
    ("Mei", "mei"),
    ("Élodie", "elodie"),
    ("Tariq", "tariq"),
    ("Ingrid", "ingrid"),
    ("Kofi", "kofi"),
    ("Lucía", "lucia"),
    ("Rahul", "rahul"),
    ("Sina", "sina"),
    ("Noah", "noah"),
    ("Zanele", "zanele"),
];
/// Family names: as written, and as in an email address.
pub(super) const LAST_NAMES: &[(&str, &str)] = &[
    ("Otieno", "otieno"),
    ("Silva", "silva"),
    ("Nguyễn", "nguyen"),
    ("Müller", "mueller"),
    ("Okafor", "okafor"),
    ("García", "garcia"),
    ("Tanaka", "tanaka"),
    ("Haddad", "haddad"),
    ("Johansson", "johansson"),
    ("Mensah", "mensah"),
    ("Sharma", "sharma"),
    ("Rodríguez", "rodriguez"),
    ("Dubois", "dubois"),
    ("Kowalski", "kowalski"),
    ("Abebe", "abebe"),
    ("Ramírez", "ramirez"),
    ("Wang", "wang"),
    ("Ndlovu", "ndlovu"),
    ("O'Connor", "oconnor"),
    ("Fernandes", "fernandes"),
    ("Diallo", "diallo"),
    ("Kim", "kim"),
    ("Petrov", "petrov"),
    ("Hassan", "hassan"),
    ("Taufa", "taufa"),
    ("Brown", "brown"),
    ("Rossi", "rossi"),
    ("Castillo", "castillo"),
    ("Singh", "singh"),
    ("Yılmaz", "yilmaz"),
];
pub(super) const EMAIL_DOMAINS: &[&str] = &["example.org", "example.com"];
