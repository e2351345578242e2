//! Demo data: the countries of each region, with dialling codes, currencies and cities.

/// A country commitments are placed in: name as written in running text, dialling code,
/// currency and a few cities.
pub(super) struct CountryInfo {
    pub(super) code: &'static str,
    pub(super) name: &'static str,
    pub(super) dial: &'static str,
    pub(super) currency: &'static str,
    pub(super) cities: &'static [&'static str],
}

const fn country(
    code: &'static str,
    name: &'static str,
    dial: &'static str,
    currency: &'static str,
    cities: &'static [&'static str],
) -> CountryInfo {
    CountryInfo {
        code,
        name,
        dial,
        currency,
        cities,
    }
}

#[rustfmt::skip]
pub(super) const AFRICA: &[CountryInfo] = &[
    country("KE", "Kenya", "254", "KES", &["Nairobi", "Mombasa", "Kisumu"]),
    country("NG", "Nigeria", "234", "NGN", &["Lagos", "Kano", "Ibadan"]),
    country("GH", "Ghana", "233", "GHS", &["Accra", "Kumasi", "Tamale"]),
    country("CI", "Côte d'Ivoire", "225", "XOF", &["Abidjan", "Bouaké", "Yamoussoukro"]),
    country("ET", "Ethiopia", "251", "ETB", &["Addis Ababa", "Bahir Dar", "Mekelle"]),
    country("ZA", "South Africa", "27", "ZAR", &["Cape Town", "Durban", "Johannesburg"]),
    country("SN", "Senegal", "221", "XOF", &["Dakar", "Saint-Louis", "Thiès"]),
    country("TZ", "Tanzania", "255", "TZS", &["Dar es Salaam", "Arusha", "Dodoma"]),
    country("UG", "Uganda", "256", "UGX", &["Kampala", "Gulu", "Mbarara"]),
    country("RW", "Rwanda", "250", "RWF", &["Kigali", "Huye"]),
    country("MA", "Morocco", "212", "MAD", &["Marrakech", "Fès", "Tangier"]),
    country("EG", "Egypt", "20", "EGP", &["Cairo", "Alexandria", "Aswan"]),
    country("MZ", "Mozambique", "258", "MZN", &["Maputo", "Beira"]),
    country("CM", "Cameroon", "237", "XAF", &["Douala", "Yaoundé"]),
    country("MG", "Madagascar", "261", "MGA", &["Antananarivo", "Toamasina"]),
    country("BF", "Burkina Faso", "226", "XOF", &["Ouagadougou", "Bobo-Dioulasso"]),
];

#[rustfmt::skip]
pub(super) const ASIA_AND_PACIFIC: &[CountryInfo] = &[
    country("IN", "India", "91", "INR", &["Chennai", "Pune", "Patna", "Bhubaneswar"]),
    country("BD", "Bangladesh", "880", "BDT", &["Dhaka", "Khulna", "Sylhet"]),
    country("VN", "Viet Nam", "84", "VND", &["Hanoi", "Đà Nẵng", "Cần Thơ"]),
    country("ID", "Indonesia", "62", "IDR", &["Jakarta", "Surabaya", "Makassar"]),
    country("PH", "the Philippines", "63", "PHP", &["Manila", "Cebu", "Davao"]),
    country("CN", "China", "86", "CNY", &["Beijing", "Chengdu", "Kunming"]),
    country("JP", "Japan", "81", "JPY", &["Tokyo", "Ōsaka", "Sendai"]),
    country("NP", "Nepal", "977", "NPR", &["Kathmandu", "Pokhara"]),
    country("PK", "Pakistan", "92", "PKR", &["Lahore", "Karachi", "Peshawar"]),
    country("FJ", "Fiji", "679", "FJD", &["Suva", "Lautoka"]),
    country("KH", "Cambodia", "855", "KHR", &["Phnom Penh", "Siem Reap"]),
    country("LK", "Sri Lanka", "94", "LKR", &["Colombo", "Jaffna"]),
    country("MN", "Mongolia", "976", "MNT", &["Ulaanbaatar", "Erdenet"]),
    country("KR", "the Republic of Korea", "82", "KRW", &["Seoul", "Busan"]),
    country("TV", "Tuvalu", "688", "AUD", &["Funafuti"]),
];

#[rustfmt::skip]
pub(super) const EUROPE: &[CountryInfo] = &[
    country("CH", "Switzerland", "41", "CHF", &["Zürich", "Geneva", "Lausanne"]),
    country("DE", "Germany", "49", "EUR", &["Berlin", "Köln", "Leipzig"]),
    country("FR", "France", "33", "EUR", &["Lyon", "Marseille", "Montpellier"]),
    country("ES", "Spain", "34", "EUR", &["Málaga", "Barcelona", "Valencia"]),
    country("SE", "Sweden", "46", "SEK", &["Malmö", "Göteborg", "Umeå"]),
    country("PL", "Poland", "48", "PLN", &["Kraków", "Łódź", "Gdańsk"]),
    country("IT", "Italy", "39", "EUR", &["Milan", "Naples", "Bologna"]),
    country("NL", "the Netherlands", "31", "EUR", &["Rotterdam", "Utrecht"]),
    country("PT", "Portugal", "351", "EUR", &["Lisbon", "Porto"]),
    country("GB", "the United Kingdom", "44", "GBP", &["Manchester", "Glasgow", "Bristol"]),
    country("NO", "Norway", "47", "NOK", &["Tromsø", "Bergen"]),
    country("RO", "Romania", "40", "RON", &["Cluj-Napoca", "Iași"]),
    country("DK", "Denmark", "45", "DKK", &["Copenhagen", "Aarhus"]),
    country("IS", "Iceland", "354", "ISK", &["Reykjavík", "Akureyri"]),
];

#[rustfmt::skip]
pub(super) const LATIN_AMERICA_CARIBBEAN: &[CountryInfo] = &[
    country("BR", "Brazil", "55", "BRL", &["São Paulo", "Belém", "Recife", "Manaus"]),
    country("CO", "Colombia", "57", "COP", &["Medellín", "Bogotá", "Cali"]),
    country("MX", "Mexico", "52", "MXN", &["Mexico City", "Oaxaca", "Mérida"]),
    country("PE", "Peru", "51", "PEN", &["Lima", "Cusco", "Arequipa"]),
    country("CL", "Chile", "56", "CLP", &["Santiago", "Valparaíso", "Concepción"]),
    country("AR", "Argentina", "54", "ARS", &["Córdoba", "Rosario", "Buenos Aires"]),
    country("EC", "Ecuador", "593", "USD", &["Quito", "Guayaquil"]),
    country("HT", "Haiti", "509", "HTG", &["Port-au-Prince", "Cap-Haïtien"]),
    country("JM", "Jamaica", "1", "JMD", &["Kingston", "Montego Bay"]),
    country("CR", "Costa Rica", "506", "CRC", &["San José", "Limón"]),
    country("BO", "Bolivia", "591", "BOB", &["La Paz", "El Alto", "Cochabamba"]),
    country("GT", "Guatemala", "502", "GTQ", &["Guatemala City", "Quetzaltenango"]),
    country("DO", "the Dominican Republic", "1", "DOP", &["Santo Domingo", "Santiago de los Caballeros"]),
    country("BB", "Barbados", "1", "BBD", &["Bridgetown"]),
];

#[rustfmt::skip]
pub(super) const NORTH_AMERICA: &[CountryInfo] = &[
    country("US", "the United States", "1", "USD", &["Detroit", "New Orleans", "Albuquerque", "Fresno"]),
    country("CA", "Canada", "1", "CAD", &["Montréal", "Québec City", "Winnipeg", "Iqaluit"]),
];

#[rustfmt::skip]
pub(super) const WEST_ASIA: &[CountryInfo] = &[
    country("JO", "Jordan", "962", "JOD", &["Amman", "Irbid", "Zarqa"]),
    country("LB", "Lebanon", "961", "LBP", &["Beirut", "Tripoli"]),
    country("AE", "the United Arab Emirates", "971", "AED", &["Dubai", "Abu Dhabi"]),
    country("OM", "Oman", "968", "OMR", &["Muscat", "Salalah"]),
    country("SA", "Saudi Arabia", "966", "SAR", &["Riyadh", "Jeddah"]),
    country("IQ", "Iraq", "964", "IQD", &["Basra", "Erbil", "Mosul"]),
    country("YE", "Yemen", "967", "YER", &["Aden", "Sana'a"]),
    country("QA", "Qatar", "974", "QAR", &["Doha"]),
    country("KW", "Kuwait", "965", "KWD", &["Kuwait City"]),
];
