"""What the list generators of scripts/data share: enough of naba's matching form (src/normalize) to tell
list entries apart."""


def fold(s):
    """Hamza forms, ta marbuta and alef maqsura as naba folds them: `أ`, `إ`, `آ` → `ا`, `ة` → `ه`, `ى` → `ي`."""
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي")):
        s = s.replace(a, b)
    return s
