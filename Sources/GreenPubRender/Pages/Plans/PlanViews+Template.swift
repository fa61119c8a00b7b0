import GreenPubTemplates

// Direct name lookups for the rows that grow with the registers (one per register entry on
// the project register and in the task tables), so templates never reflect on them. Each
// lookup names every stored property; `TemplateLookupTests` checks that none is missing.

extension ProjectListView.Entry: TemplateObject {
    func templateValue(forKey name: String) -> TemplateValue? {
        switch name {
        case "anchor": anchor.templateValue
        case "id": id.templateValue
        case "title": title.templateValue
        case "note": note.templateValue
        case "hasNote": hasNote.templateValue
        case "institution": institution.templateValue
        case "institutionHref": institutionHref.templateValue
        case "hasInstitutionHref": hasInstitutionHref.templateValue
        case "statusLabel": statusLabel.templateValue
        case "statusClass": statusClass.templateValue
        case "start": start.templateValue
        case "end": end.templateValue
        case "cells": cells.templateValue
        default: nil
        }
    }
}

extension TaskTableView.EntryLink: TemplateObject {
    func templateValue(forKey name: String) -> TemplateValue? {
        switch name {
        case "id": id.templateValue
        case "title": title.templateValue
        case "href": href.templateValue
        default: nil
        }
    }
}
