//! The records tests start from: one complete commitment, changed per test where needed.

use serde_json::Value;

/// A complete, valid record about safe water in Cambodia, with every part filled in.
pub fn water_record() -> Value {
    serde_json::json!({
        "title": "Safe water for 200 rural schools in Cambodia",
        "category": "partnership",
        "objective": "Bring safe drinking water to 200 rural schools by 2030.",
        "stakeholders": "Pupils, teachers and the school water committees.",
        "partners": [
            {"name": "UNICEF Cambodia", "entity_type": "un-entity"},
            {"name": "WaterAid", "entity_type": "ngo"}
        ],
        "implementation": "Drill wells, install filters and train school staff.\nEach school keeps a maintenance log.",
        "results": "Fewer days of school lost to water-borne illness.",
        "enabling_factors": "Strong support from provincial authorities.",
        "sustainability": "Committees collect a small fee for spare parts.",
        "other_sources": "Annual report of the Ministry.",
        "sdgs": [6, 4],
        "targets": ["6.1", "4.a"],
        "methods": ["technology", "capacity-building"],
        "other_methods": ["South-South cooperation"],
        "start_date": "1980-01-01",
        "completion_date": null,
        "ongoing": true,
        "regions": ["asia-pacific"],
        "countries": ["KH", "CI"],
        "geographical_coverage": "Rural provinces of Kampong Cham and Takeo.",
        "lead_entity": "Ministry of Rural Development of Cambodia",
        "entity_type": "government",
        "contact": {"name": "Sokha Chan", "position": "Programme manager",
                    "email": "sokha.chan@example.org", "phone": "+855 23 456 789", "public": false},
        "deliverables": [{"title": "First 50 wells drilled", "due_date": "2027-06-30", "status": "in-progress"}],
        "resources": [{"kind": "financing", "description": "Grant for drilling", "amount": 25000, "currency": "USD"}]
    })
}
