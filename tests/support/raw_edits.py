"""Records changed the way a device that skips Concord's own checks would: straight in the Automerge
list, in its own store, for the sync engine to seal and send."""

from app.models.documents.casedoc import CompartmentDoc


def raw_edit(ws, reference: str, field_id: str, change):
    """Edit a records field's Automerge list directly, as a device without Concord's checks would.
    change(tx, list_id, length, doc) makes the edit inside one transaction."""
    case = ws.open_case(reference)
    comp = case.repo.compartments.for_field(field_id)

    def edit(doc: CompartmentDoc):
        f = doc.fields[field_id]
        list_id = doc._list_id(f)
        return None, doc._commit(lambda tx: change(tx, list_id, doc.doc.length(list_id), doc) or True)

    case.repo.write(case.case_id, comp, case.role, edit, (case.actor, "record_removed", case.reference, field_id))


def delete_last(n: int = 1):
    def change(tx, list_id, length, _doc):
        for i in range(n):
            tx.delete(list_id, length - 1 - i)

    return change
