//! The catalogue as JSON. It is the data file's own structure, so a program can read it
//! with the same field names (every nation's pay table under `pay`), plus `nation`, the
//! id of the table chosen, and `pay_min` and `pay_max` on every rung from that table, so
//! consumers need not join the two themselves.

use serde_json::Value;

use crate::data::Catalogue;

/// Pretty-printed JSON of the whole catalogue, ending with a newline.
pub fn to_json(catalogue: &Catalogue) -> String {
    // The model is plain strings, numbers, lists and string-keyed maps, which serde_json
    // always represents; an error here would be a bug in the model, not in the content.
    let mut value = serde_json::to_value(catalogue).expect("the content model maps onto JSON");
    add_rung_pay(catalogue, &mut value);
    if let Some(fields) = value.as_object_mut() {
        fields.insert(
            "nation".into(),
            Value::from(catalogue.pay().nation.as_str()),
        );
    }
    format!("{value:#}\n")
}

fn add_rung_pay(catalogue: &Catalogue, value: &mut Value) {
    let Some(specialisms) = value.get_mut("specialisms").and_then(Value::as_array_mut) else {
        return;
    };
    for (specialism, json) in catalogue.specialisms.iter().zip(specialisms) {
        let Some(ladder) = json.get_mut("ladder").and_then(Value::as_array_mut) else {
            continue;
        };
        for (rung, json) in specialism.ladder.iter().zip(ladder) {
            let Some(fields) = json.as_object_mut() else {
                continue;
            };
            let (min, max) = match catalogue.pay_range(rung) {
                Some((min, max)) => (Value::from(min), Value::from(max)),
                None => (Value::Null, Value::Null),
            };
            fields.insert("pay_min".into(), min);
            fields.insert("pay_max".into(), max);
        }
    }
}
