import GreenPubModel
import Testing
@testable import GreenPubLoad

@Suite struct CampaignParserTests {
    let good = """
        - year: 2025
          start: 2025-06-23
          end: 2025-06-29
          theme: 节能增效，焕"新"引领
          low_carbon_day: 2025-06-25
          low_carbon_theme: 碳路先锋、绿动未来
          source: 通知
        """

    @Test func readsACampaign() {
        let (campaigns, problems) = CampaignParser.parse(yaml: good)
        #expect(problems.isEmpty)
        #expect(campaigns.count == 1)
        #expect(campaigns.first?.theme == "节能增效，焕\"新\"引领")
        #expect(campaigns.first?.bannerDaysBefore == 30)
        #expect(campaigns.first?.location == SourceLocation(file: "content/campaigns.yaml", line: 1, column: 3))
    }

    @Test func lowCarbonDayOutsideTheWeekIsAnError() {
        let yaml = good.replacingOccurrences(of: "low_carbon_day: 2025-06-25", with: "low_carbon_day: 2025-07-25")
        let (_, problems) = CampaignParser.parse(yaml: yaml)
        #expect(problems.map(\.description) == ["content/campaigns.yaml:5:19: error: 全国低碳日 2025-07-25 is outside the week 2025-06-23 to 2025-06-29"])
    }

    @Test func badDateMissingKeyAndUnknownKeyAreErrors() {
        let yaml = """
            - year: 2024
              start: 2024-13-01
              end: 2024-05-19
              theme: 绿色转型，节能攻坚
              low_carbon_day: 2024-05-15
              colour: green
            """
        let (campaigns, problems) = CampaignParser.parse(yaml: yaml)
        #expect(campaigns.isEmpty)
        let text = problems.map(\.description)
        #expect(text.contains("content/campaigns.yaml:6:3: error: unknown campaign key 'colour'; known keys: year, start, end, theme, low_carbon_day, low_carbon_theme, banner_days_before, source"))
        #expect(text.contains("content/campaigns.yaml:1:3: error: campaign has no 'low_carbon_theme:'"))
        #expect(text.contains("content/campaigns.yaml:1:3: error: campaign has no 'source:'"))
    }

    @Test func secondCampaignForAYearIsAnError() {
        let (_, problems) = CampaignParser.parse(yaml: good + "\n" + good)
        #expect(problems.map(\.message) == ["a second campaign for 2025; the first is at line 1"])
    }
}
