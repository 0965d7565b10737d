"""The people of the test panel: one per role, with the agency they work for."""

PEOPLE = {
    "advocate": ("Sam Advocate", "Advocacy"),
    "clinician": ("Alex Clinician", "Health"),
    "legal": ("Lee Legal", "Legal"),
    "police": ("Pat Police", "Police"),
    "chief_inspector": ("Chris Inspector", "Police"),
    "facilitator": ("Fran Facilitator", "Restorative service"),
    "chair": ("Charlie Chair", "Panel"),
    "ig_officer": ("Iolo Governance", "Panel"),
}
