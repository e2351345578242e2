//! Demo data: the themes of goals 9 to 17 (see `themes`).

use super::themes::Theme;

/// Goal 9: Industry, Innovation and Infrastructure.
pub(super) const INDUSTRY: Theme = Theme {
    titles: &[
        "Broadband for {m} rural communities in {place}",
        "Resilient rural roads in {place}",
        "Innovation hub for green start-ups in {place}",
        "Clean industrial parks in {place}",
        "Digital public infrastructure for small businesses in {place}",
    ],
    objectives: &[
        "To connect {m} rural communities in {place} to affordable broadband by {year}.",
        "The commitment aims to help {m} start-ups bring green technologies to market.",
        "We aim to make industrial production in {place} cleaner and more efficient.",
    ],
    actions: &[
        "Community networks are built with local operators and shared towers.",
        "An incubator offers seed funding, mentoring and lab space.",
        "Roads are rebuilt to climate-resilient standards with local labour.",
        "Factories receive resource-efficiency audits and cleaner production training.",
    ],
    results: &[
        "{k} people gained access to mobile broadband.",
        "{m} start-ups raised follow-on investment.",
        "{m} km of rural roads were rehabilitated.",
    ],
    achievements: &[
        "{s} new towers connected {m} communities.",
        "The incubator supported {m} start-ups this year.",
    ],
    deliverables: &[
        "{m} km of fibre backbone",
        "Start-up incubator",
        "Cleaner production audits",
        "Road asset management system",
    ],
    ministries: &[
        "Industry and Trade",
        "Infrastructure and Transport",
        "Information and Communications Technology",
    ],
    un: &["UNIDO", "ITU", "UNOPS"],
    sectors: &["Infrastructure", "Innovation"],
    businesses: &["Telecom", "Engineering", "Digital"],
    sciences: &["Engineering"],
};

/// Goal 10: Reduced Inequalities.
pub(super) const INEQUALITIES: Theme = Theme {
    titles: &[
        "Jobs for persons with disabilities in {place}",
        "Safe and regular migration pathways from {place}",
        "Lowering remittance costs to {place}",
        "Equal access to public services for minorities in {place}",
        "Social inclusion of refugees in {place}",
    ],
    objectives: &[
        "To increase the employment of persons with disabilities in {place} by {pct}%.",
        "The commitment aims to halve the cost of sending remittances by {year}.",
        "We aim to ensure equal access to public services for marginalised groups in {place}.",
    ],
    actions: &[
        "Employers receive guidance on reasonable accommodation and inclusive recruitment.",
        "Digital remittance channels are offered at low cost through partner banks.",
        "Refugees gain access to work permits, language courses and skills recognition.",
        "Public services publish accessible information in minority languages.",
    ],
    results: &[
        "{m} persons with disabilities were hired by partner employers.",
        "Average remittance costs fell by {pct}%.",
        "{k} refugees obtained work permits.",
    ],
    achievements: &[
        "{m} persons with disabilities started work with partner employers.",
        "{k} migrants used the low-cost remittance service.",
    ],
    deliverables: &[
        "Inclusive recruitment guide",
        "Low-cost remittance service",
        "Skills recognition scheme",
        "Accessibility audit of public services",
    ],
    ministries: &["Social Inclusion", "Labour and Social Affairs", "Migration"],
    un: &["UNHCR", "IOM", "UNDP", "OHCHR"],
    sectors: &["Inclusion", "Equity"],
    businesses: &["Fintech", "Remittances"],
    sciences: &["Social Policy"],
};

/// Goal 11: Sustainable Cities and Communities.
pub(super) const CITIES: Theme = Theme {
    titles: &[
        "Bus rapid transit for {place}",
        "Affordable housing for {k} families in {place}",
        "Upgrading informal settlements in {place}",
        "Green public spaces in {place}",
        "Cycling and walking network for {place}",
    ],
    objectives: &[
        "To give {k} residents of {place} safe, affordable public transport by {year}.",
        "The commitment aims to upgrade informal settlements with water, drainage and secure tenure.",
        "We aim to bring green public space within 10 minutes' walk of every resident.",
    ],
    actions: &[
        "Dedicated bus lanes and stations are built along the busiest corridors.",
        "Residents co-design upgrading plans with the city planning department.",
        "Vacant lots are turned into pocket parks with local volunteers.",
        "Protected cycle lanes connect neighbourhoods to schools and markets.",
    ],
    results: &[
        "Daily public transport ridership grew by {pct}%.",
        "{k} families received secure land titles.",
        "{m} new parks and public spaces were opened.",
    ],
    achievements: &[
        "{s} km of bus lanes opened and ridership is rising.",
        "{m} households in informal settlements received piped water.",
    ],
    deliverables: &[
        "{m} km of protected cycle lanes",
        "Upgrading plan for {s} settlements",
        "Bus rapid transit corridor",
        "Open data portal on urban mobility",
    ],
    ministries: &["Housing and Urban Development", "Transport and Urban Planning"],
    un: &["UN-Habitat", "UNEP"],
    sectors: &["Housing", "Mobility"],
    businesses: &["Mobility", "Construction"],
    sciences: &["Urban Studies"],
};

/// Goal 12: Responsible Consumption and Production.
pub(super) const CONSUMPTION: Theme = Theme {
    titles: &[
        "Plastic-free markets in {place}",
        "Halving food waste in {place} by {year}",
        "Extended producer responsibility for packaging in {place}",
        "Circular textiles in {place}",
        "Sustainable public procurement in {place}",
    ],
    objectives: &[
        "To cut single-use plastic in {place} by {pct}% by {year}.",
        "The commitment aims to halve food waste across retail and households.",
        "We aim to make every public tender include sustainability criteria.",
    ],
    actions: &[
        "Producers pay fees that fund collection and recycling of their packaging.",
        "Retailers donate surplus food to community kitchens.",
        "Informal waste pickers are organised into cooperatives with fair contracts.",
        "Procurement officers are trained to apply life-cycle costing.",
    ],
    results: &[
        "{k} tonnes of packaging were collected for recycling.",
        "Food waste in partner stores fell by {pct}%.",
        "{pct}% of public tenders now include sustainability criteria.",
    ],
    achievements: &[
        "{k} tonnes of waste were diverted from landfill.",
        "{m} retailers joined the food donation scheme.",
    ],
    deliverables: &[
        "Packaging regulation",
        "Food waste baseline study",
        "Waste picker cooperative contracts",
        "Sustainable procurement guidelines",
    ],
    ministries: &["Environment", "Environment and Natural Resources"],
    un: &["UNEP", "UNIDO"],
    sectors: &["Recycling", "Circular Economy"],
    businesses: &["Packaging", "Retail", "Recycling"],
    sciences: &["Industrial Ecology"],
};

/// Goal 13: Climate Action.
pub(super) const CLIMATE: Theme = Theme {
    titles: &[
        "Early warning systems for climate hazards in {place}",
        "Net-zero emissions roadmap for {place} by {year}",
        "Climate adaptation for {k} coastal households in {place}",
        "Climate finance readiness in {place}",
        "Heat action plan for {place}",
    ],
    objectives: &[
        "To cover every household in {place} with early warnings of floods, droughts and storms by {year}.",
        "The commitment aims to reach net-zero greenhouse gas emissions by {year}.",
        "We aim to help {k} households adapt to rising temperatures and sea levels.",
    ],
    actions: &[
        "Automatic weather stations feed forecasts to community radio and SMS alerts.",
        "An emissions inventory sets sector targets and an annual progress review.",
        "Mangroves and dunes are restored to protect coastal villages.",
        "Cooling centres open and outdoor work hours change during heatwaves.",
    ],
    results: &[
        "Warnings now reach {pct}% of households in high-risk areas.",
        "Emissions fell by {pct}% against the baseline.",
        "{k} people were trained in disaster preparedness.",
    ],
    achievements: &[
        "{s} weather stations are transmitting data and alerts reach {k} people.",
        "The climate action plan was adopted with targets for every sector.",
    ],
    deliverables: &[
        "{s} automatic weather stations",
        "Greenhouse gas inventory",
        "Heat action plan",
        "Coastal adaptation plan",
    ],
    ministries: &["Environment and Climate Change", "Climate Change"],
    un: &["UNDP", "UNEP", "WMO", "UNDRR"],
    sectors: &["Climate", "Resilience"],
    businesses: &["Climate Tech", "Carbon"],
    sciences: &["Climate Science", "Meteorology"],
};

/// Goal 14: Life Below Water.
pub(super) const OCEANS: Theme = Theme {
    titles: &[
        "Community-managed marine protected areas in {place}",
        "Ending illegal fishing in {place}",
        "Coral reef restoration in {place}",
        "Reducing marine plastic pollution in {place}",
        "Sustainable small-scale fisheries in {place}",
    ],
    objectives: &[
        "To protect {pct}% of the coastal waters of {place} by {year}.",
        "The commitment aims to restore fish stocks by ending illegal, unreported and unregulated fishing.",
        "We aim to restore {m} hectares of coral reef.",
    ],
    actions: &[
        "Fishing communities co-manage no-take zones and patrol them with trained rangers.",
        "Vessels are tracked by satellite and landings are recorded electronically.",
        "Coral fragments are grown in nurseries and replanted on degraded reefs.",
        "River mouths are fitted with floating barriers that capture plastic waste.",
    ],
    results: &[
        "Fish biomass in no-take zones doubled within four years.",
        "{m} hectares of reef were replanted.",
        "{k} tonnes of plastic were kept out of the sea.",
    ],
    achievements: &[
        "{s} new no-take zones are patrolled by community rangers.",
        "{m} hectares of reef were replanted this year.",
    ],
    deliverables: &[
        "{s} marine protected areas",
        "Vessel monitoring system",
        "Coral nurseries",
        "Beach clean-up programme",
    ],
    ministries: &["Fisheries and Blue Economy", "Fisheries and Marine Resources"],
    un: &["FAO", "UNEP", "IOC-UNESCO"],
    sectors: &["Ocean", "Fisheries"],
    businesses: &["Seafood", "Shipping"],
    sciences: &["Marine Science", "Oceanography"],
};

/// Goal 15: Life on Land.
pub(super) const LAND: Theme = Theme {
    titles: &[
        "Restoring {k} hectares of degraded forest in {place}",
        "Deforestation-free supply chains in {place}",
        "Community forestry with indigenous peoples in {place}",
        "Protecting wildlife corridors in {place}",
        "Agroforestry for {k} farmers in {place}",
    ],
    objectives: &[
        "To restore {k} hectares of degraded land in {place} by {year}.",
        "The commitment aims to end deforestation in our supply chains by {year}.",
        "We aim to secure land rights for indigenous and local communities who protect the forest.",
    ],
    actions: &[
        "Native tree seedlings are raised in community nurseries and planted with farmers.",
        "Satellite monitoring flags forest loss near supplier farms within days.",
        "Communities receive payments for conserving forests and patrolling for poachers.",
        "Farmers plant fruit and timber trees alongside crops.",
    ],
    results: &[
        "{k} hectares are under restoration.",
        "Deforestation in monitored areas fell by {pct}%.",
        "{m} communities obtained legal title to their forests.",
    ],
    achievements: &[
        "{k} seedlings were planted with a survival rate of {pct}%.",
        "{s} communities received forest management rights.",
    ],
    deliverables: &[
        "Community tree nurseries",
        "Forest monitoring dashboard",
        "Land title applications for {s} communities",
        "Wildlife corridor management plan",
    ],
    ministries: &["Environment and Forestry", "Forests and Wildlife"],
    un: &["UNEP", "FAO", "UNDP"],
    sectors: &["Forest", "Biodiversity"],
    businesses: &["Timber", "Coffee"],
    sciences: &["Forest Ecology", "Conservation Biology"],
};

/// Goal 16: Peace, Justice and Strong Institutions.
pub(super) const PEACE: Theme = Theme {
    titles: &[
        "Legal aid for {k} people in {place}",
        "Open contracting in public procurement in {place}",
        "Universal birth registration in {place}",
        "Community policing and violence prevention in {place}",
        "Access to justice for women in {place}",
    ],
    objectives: &[
        "To give {k} people in {place} free legal advice and representation by {year}.",
        "The commitment aims to publish all public contracts as open data.",
        "We aim to register every birth in {place} within 30 days.",
    ],
    actions: &[
        "Paralegals hold weekly clinics in markets and community centres.",
        "Every stage of procurement is published in the Open Contracting Data Standard.",
        "Health facilities register births at delivery and send records to the civil registry.",
        "Police and youth leaders hold regular community safety forums.",
    ],
    results: &[
        "{k} people received legal advice.",
        "{pct}% of public contracts are now published as open data.",
        "Birth registration rose by {pct}% within the first year.",
    ],
    achievements: &[
        "Paralegals handled {k} cases this year.",
        "All contracts above the threshold were published as open data.",
    ],
    deliverables: &[
        "Paralegal network in {s} districts",
        "Open contracting portal",
        "Civil registration system",
        "Community safety plans",
    ],
    ministries: &["Justice", "Justice and Constitutional Affairs", "Interior"],
    un: &["UNDP", "UNODC", "OHCHR"],
    sectors: &["Justice", "Governance"],
    businesses: &["Legal Tech", "Identity"],
    sciences: &["Law and Governance"],
};

/// Goal 17: Partnerships for the Goals.
pub(super) const PARTNERSHIPS: Theme = Theme {
    titles: &[
        "Strengthening statistical capacity for SDG monitoring in {place}",
        "Blended finance facility for the SDGs in {place}",
        "South-South knowledge exchange on the SDGs in {place}",
        "Domestic resource mobilisation and tax reform in {place}",
        "Multi-stakeholder platform for the 2030 Agenda in {place}",
    ],
    objectives: &[
        "To produce timely, disaggregated data on all SDG indicators for {place} by {year}.",
        "The commitment aims to mobilise USD {m} million in private investment for the SDGs.",
        "We aim to bring government, business and civil society together to deliver the 2030 Agenda.",
    ],
    actions: &[
        "National statisticians are trained in household surveys, administrative data and geospatial methods.",
        "A first-loss guarantee fund reduces the risk of private investment in SDG projects.",
        "Peer exchanges pair officials from countries facing similar challenges.",
        "Tax administrations adopt digital filing and risk-based audits.",
    ],
    results: &[
        "{pct}% of SDG indicators are now reported with recent data.",
        "The facility mobilised USD {m} million in private finance.",
        "Tax revenue rose by {s}% in three years.",
    ],
    achievements: &[
        "The national SDG data portal went live with {m} indicators.",
        "{s} peer exchanges were held with partner countries.",
    ],
    deliverables: &[
        "Voluntary National Review",
        "SDG data portal",
        "Blended finance facility",
        "Peer exchange programme",
    ],
    ministries: &[
        "Planning and Development",
        "Finance and Economic Planning",
        "Foreign Affairs",
    ],
    un: &["UN DESA", "UNDP", "UNCTAD"],
    sectors: &["Development", "Data"],
    businesses: &["Capital", "Analytics"],
    sciences: &["Official Statistics"],
};
