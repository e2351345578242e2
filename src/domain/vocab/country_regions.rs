//! The registry's region of each country (UN regional groupings; territories with their area).

use super::country::Country;
use super::Region;

/// ISO alpha-2 codes of each region; Antarctica (AQ) belongs to none.
#[rustfmt::skip]
const MEMBERS: [(Region, &str); 6] = [
    (Region::Africa, "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS \
        LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW IO TF"),
    (Region::AsiaPacific, "AF BD BT BN KH CN HK MO IN ID IR JP KZ KP KR KG LA MY MV MN MM NP PK PH SG LK \
        TW TJ TH TL TM UZ VN AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV \
        UM VU WF"),
    (Region::Europe, "AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE LV LI LT \
        LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB AX"),
    (Region::LatinAmericaCaribbean, "AI AG AR AW BS BB BZ BO BQ BR VG KY CL CO CR CU CW DM DO EC SV FK GF \
        GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF VC SX SR TT TC VI UY VE GS BV"),
    (Region::NorthAmerica, "US CA BM GL PM"),
    (Region::WestAsia, "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
];

impl Country {
    /// The region the country lies in; `None` for Antarctica.
    pub fn region(self) -> Option<Region> {
        MEMBERS
            .iter()
            .find(|(_, codes)| codes.split_whitespace().any(|c| c == self.code()))
            .map(|(region, _)| *region)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_but_antarctica_lies_in_exactly_one_region() {
        let lost: Vec<&str> = Country::all()
            .into_iter()
            .filter(|c| c.region().is_none())
            .map(Country::code)
            .collect();
        assert_eq!(lost, ["AQ"]);
        let listed: usize = MEMBERS
            .iter()
            .map(|(_, c)| c.split_whitespace().count())
            .sum();
        assert_eq!(
            listed,
            Country::all().len() - 1,
            "no country in two regions"
        );
    }

    #[test]
    fn countries_lie_where_people_expect() {
        let region = |code| Country::from_code(code).and_then(Country::region);
        assert_eq!(region("KE"), Some(Region::Africa));
        assert_eq!(region("PE"), Some(Region::LatinAmericaCaribbean));
        assert_eq!(region("JO"), Some(Region::WestAsia));
        assert_eq!(region("FR"), Some(Region::Europe));
    }
}
