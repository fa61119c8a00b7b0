import GreenPubTemplates

/// Every name a view model of the site answers to in a template (`{{title}}`, `{{#cards}}`):
/// the vocabulary of the site's `TemplateLibrary`. A view model's lookup switches on the key's
/// case, an integer, instead of comparing the name with each of its property names in turn.
/// A name used in a lookup must be a case here (the compiler sees to it); the order is free.
enum ViewKey: Int, CaseIterable {
    case absent, absentNote, activities, activityWindowDays, anchor, area, asOf, asOfText, attribute
    case bannerHTML, baseChecks, baseComputed, baseDiffers, baseHeader, basePrinted, breadcrumbs
    case breakdown, briefings, briefingsHref, campaignHref, campaignTitle, caption, captionID, cards
    case category, cells, change, chartHTML, co2, co2PerTce, columns, completed, completedOn
    case conflictsHref, content, corner, count, countdown, counts, cssClass, current, currentClass
    case currentLabel, currentYear, dashboardHref, dataFile, date, dateText, dates, deadline, declared
    case densities, description, detail, documentTitle, downloads, emptyText, end, energy, entries
    case evaluationHref, evidence, evidenceCollapsed, evidenceCount, evidenceHeading, example
    case factorsFile, factsNote, factsTable, figures, flagged, flaggedCount, footer, formulasHref
    case groupFigures, groupHref, groupLinks, groupTable, groupTitle, groups, hasAbsent, hasActivities
    case hasAsOf, hasBaseChecks, hasBreadcrumbs, hasBreakdown, hasBriefings, hasCompletedOn
    case hasDashboardHref, hasDetail, hasDifferingBase, hasEvidence, hasFactors, hasFlagged, hasFooter
    case hasGroups, hasHeadline, hasHeadlines, hasHref, hasIndicators, hasInstitutionHref
    case hasInterpretation, hasIntro, hasItems, hasLead, hasMembers, hasMissing, hasNeighbours
    case hasNote, hasOutcome, hasOverrides, hasParts, hasPlans, hasProgress, hasProjection
    case hasProjectionStatus, hasProjects, hasPublications, hasRegisters, hasRows, hasSection
    case hasStatus, hasTargetHref, hasTargets, hasText, hasTotals, hasUnderway, hasUnits, hasUsedBy
    case header, heading, headingID, headingLevel, headlineYear, headlines, homeHref, href, html, id
    case inProgress, indexHref, indicator, indicatorTable, indicatorsHref, institution
    case institutionHref, intensitiesHref, intensity, intensityCards, intensityFigures, intensityTable
    case interpretation, intro, isBinding, isFlagged, isNumber, isQuote, isZero, items, key, keyWork
    case kind, kindName, label, lang, latestYear, lead, level, links, list, listHref, listTitle
    case lowCarbonDay, lowCarbonTheme, matches, meanOfInstitutions, memberCount, members, membership
    case meta, metaHref, methodologyHref, mismatchCount, missing, mixFigure, mixFigures, name, nav
    case newer, next, note, older, organisation, outcomeClass, outcomeLabel, overall, overrides
    case pageTitle, pages, parts, path, planMeta, planSummary, planTitle, planned, plans, previous
    case printed, progressHTML, progressSVG, projectCount, projection, projectionClass
    case projectionHeader, projectionStatus, projects, projectsHref, publications, quantity, rank
    case ratioOfTotals, registerHref, registers, root, rowClass, rows, section, sections, set
    case shareFigure, siteTitle, source, sourceFigures, sourceHTML, sourceTable, sources, sparkline
    case splitTable, standardCoal, start, statistics, statisticsYear, status, statusClass
    case statusHeaders, statusLabel, statusText, statuses, structureHref, style, subheadingLevel
    case summary, table, target, targetHref, targets, text, theme, timing, title, topTable, total
    case totals, totalsTable, trendFigure, trends, underway, unit, units, unusedSourcesNote, usedBy
    case users, value, verdict, water, what, when, who, year, yearNote, yearSets, years, yearsText
    /// A name no view model has (a misspelt tag, or a property of a reflected view model).
    case unknown

    init(_ key: TemplateKey) {
        self = ViewKey(rawValue: key.code) ?? .unknown
    }

    /// The vocabulary, numbered as the cases are.
    static let vocabulary = TemplateVocabulary(allCases.filter { $0 != .unknown }.map { String(describing: $0) })
}
