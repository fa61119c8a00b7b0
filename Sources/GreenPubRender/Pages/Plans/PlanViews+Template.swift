import GreenPubTemplates

// Direct name lookups for the rows that grow with the registers (one per register entry on
// the project register and in the task tables) and for the task tables around them, so
// templates never reflect on them. Each lookup names every stored property;
// `TemplateLookupTests` checks that none is missing.

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

extension TaskTableView: TemplateObject {
    func templateValue(forKey name: String) -> TemplateValue? {
        switch name {
        case "items": items.templateValue
        case "hasItems": hasItems.templateValue
        case "headingLevel": headingLevel.templateValue
        case "subheadingLevel": subheadingLevel.templateValue
        case "yearsText": yearsText.templateValue
        case "asOfText": asOfText.templateValue
        default: nil
        }
    }
}

extension TaskTableView.YearStatus: TemplateObject {
    func templateValue(forKey name: String) -> TemplateValue? {
        switch name {
        case "year": year.templateValue
        case "label": label.templateValue
        case "cssClass": cssClass.templateValue
        default: nil
        }
    }
}

extension TaskTableView.Unit: TemplateObject {
    func templateValue(forKey name: String) -> TemplateValue? {
        switch name {
        case "name": self.name.templateValue
        case "href": href.templateValue
        case "hasHref": hasHref.templateValue
        case "breakdown": breakdown.templateValue
        case "hasBreakdown": hasBreakdown.templateValue
        case "hasOutcome": hasOutcome.templateValue
        case "outcomeLabel": outcomeLabel.templateValue
        case "outcomeClass": outcomeClass.templateValue
        default: nil
        }
    }
}

extension TaskTableView.Part: TemplateObject {
    func templateValue(forKey name: String) -> TemplateValue? {
        switch name {
        case "who": who.templateValue
        case "what": what.templateValue
        case "label": label.templateValue
        case "cssClass": cssClass.templateValue
        case "detail": detail.templateValue
        case "hasDetail": hasDetail.templateValue
        case "interpretation": interpretation.templateValue
        case "hasInterpretation": hasInterpretation.templateValue
        default: nil
        }
    }
}

extension TaskTableView.Item: TemplateObject {
    func templateValue(forKey name: String) -> TemplateValue? {
        switch name {
        case "anchor": anchor.templateValue
        case "heading": heading.templateValue
        case "section": section.templateValue
        case "hasSection": hasSection.templateValue
        case "keyWork": keyWork.templateValue
        case "isQuote": isQuote.templateValue
        case "lead": lead.templateValue
        case "hasLead": hasLead.templateValue
        case "deadline": deadline.templateValue
        case "units": units.templateValue
        case "hasUnits": hasUnits.templateValue
        case "statuses": statuses.templateValue
        case "currentYear": currentYear.templateValue
        case "currentLabel": currentLabel.templateValue
        case "currentClass": currentClass.templateValue
        case "completedOn": completedOn.templateValue
        case "hasCompletedOn": hasCompletedOn.templateValue
        case "parts": parts.templateValue
        case "hasParts": hasParts.templateValue
        case "evidence": evidence.templateValue
        case "evidenceCount": evidenceCount.templateValue
        case "evidenceHeading": evidenceHeading.templateValue
        case "hasEvidence": hasEvidence.templateValue
        case "evidenceCollapsed": evidenceCollapsed.templateValue
        case "underway": underway.templateValue
        case "hasUnderway": hasUnderway.templateValue
        case "missing": missing.templateValue
        case "hasMissing": hasMissing.templateValue
        case "dashboardHref": dashboardHref.templateValue
        case "hasDashboardHref": hasDashboardHref.templateValue
        default: nil
        }
    }
}
