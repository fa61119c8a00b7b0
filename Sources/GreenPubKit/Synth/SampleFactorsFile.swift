/// The text of the sample's `content/data/factors.yaml`. `greenpub synth` writes it as is, and
/// the committed file must equal it byte for byte (a test checks), so the generator and the
/// project always use the same factors.
public enum SampleFactorsFile {
    public static let relativePath = "content/data/factors.yaml"

    public static let text = #"""
# GreenPub factor table: standard-coal coefficients (折标准煤系数), fuel densities and CO2
# emission factors, with where every value comes from. The methodology page prints them.
#
# Schema
#   default:            the set in force for every year; it must give every value below.
#     standard_coal:    kgce per canonical unit of each energy source
#       electricity               kgce/kWh, 当量值 (equivalent value): the headline convention
#       electricity_equal_value   kgce/kWh, 等价值 (equal value: the year's average coal
#                                 consumption of thermal power supply), shown alongside
#       coal                      kgce/kg
#       gas                       kgce/m³
#       lpg                       kgce/kg
#       gasoline, diesel          kgce/kg; the statistics hold litres, so the factor used is
#                                 this × density (kg/L)
#       heat                      kgce/MJ
#     density:          kg per litre
#       gasoline, diesel
#     co2:              kgCO2 per canonical unit
#       electricity kWh, coal kg, gas m³, lpg kg, gasoline L, diesel L, heat MJ
#   years:              per-year overrides: a year (2021) holds only the values that differ
#                       from the default set, in the same shape.
# Every value is written as {value: <number, not negative>, source: "<where it comes from>"}.
#
# The CO2 factors below are those of the sample: derived from the county plan's own 2020
# figures so that the plan's carbon accounts come out (content/README.md shows the arithmetic).
# The plan states its carbon shares, not its factors; with published factors (for instance the
# Chongqing grid factors of 2021-2023) the 2020 figures would not reproduce. They are kept for
# every year so that the years stay comparable with the plan's base year.

default:
  standard_coal:
    electricity:
      value: 0.1229
      source: "GB/T 2589-2020 通用热量计算导则, 电力当量值 3600 kJ/kWh; NBS yearbook: 电力折算标准煤系数采用当量值, 每千瓦小时折0.1229千克标准煤"
    electricity_equal_value:
      value: 0.3055
      source: "2020 national average coal consumption of thermal power supply, 305.5 gce/kWh (China Electricity Council annual figure as quoted in public sources; not checked against the primary report). No confirmed value for 2021-2023: the 2020 value stays in force"
    coal:
      value: 0.7143
      source: "GB/T 2589-2020, 原煤 20908 kJ/kg"
    gas:
      value: 1.33
      source: "GB/T 2589-2020, 油田天然气 38931 kJ/m³; the value Chongqing's public-institution statistics imply (2015: 19.26万 tce / 14482.41万 m³ = 1.3299)"
    lpg:
      value: 1.7143
      source: "GB/T 2589-2020, 液化石油气 50179 kJ/kg"
    gasoline:
      value: 1.4714
      source: "GB/T 2589-2020, 汽油 43070 kJ/kg"
    diesel:
      value: 1.4571
      source: "GB/T 2589-2020, 柴油 42652 kJ/kg"
    heat:
      value: 0.03412
      source: "GB/T 2589-2020, 热力 0.03412 kgce/MJ (= 0.0341 tce per 百万千焦)"
  density:
    gasoline:
      value: 0.73
      source: "implied by Chongqing's 2015 public-institution statistics (7927.99万 L = 8.52万 tce, 1.0747 kgce/L ÷ 1.4714 kgce/kg); no official density found in the statistics rules"
    diesel:
      value: 0.85
      source: "implied by Chongqing's 2015 public-institution statistics (506.81万 L = 0.63万 tce, 1.2431 kgce/L ÷ 1.4571 kgce/kg); no official density found in the statistics rules"
  co2:
    electricity:
      value: 0.4043
      source: "derived from the county plan's 2020 figures: CO2 share ÷ energy share × 45169 t ÷ 15402 tce = 81.8267% ÷ 72.9467% × 2.932671 = 3.28967 tCO2/tce, × 0.1229 kgce/kWh = 0.4043 kgCO2/kWh (printed 81.83% and 72.95%; shares taken inside their rounding so that the five CO2 shares, printed summing to 100.01%, sum to 100%)"
    coal:
      value: 1.8055
      source: "derived from the county plan's 2020 figures: 0.7384% ÷ 0.8567% × 2.932671 = 2.52770 tCO2/tce, × 0.7143 kgce/kg = 1.8055 kgCO2/kg (printed 0.74% and 0.86%)"
    gas:
      value: 2.1615
      source: "derived from the county plan's 2020 figures: 4.1267% ÷ 7.4467% × 2.932671 = 1.62518 tCO2/tce, × 1.33 kgce/m³ = 2.1615 kgCO2/m³ (printed 4.13% and 7.45%; the classic 38931 kJ/m³ × 15.3 tC/TJ × 0.99 × 44/12 gives 2.1622)"
    lpg:
      value: 3.1013
      source: "50179 kJ/kg × 17.2 tC/TJ × 0.98 × 44/12 (the classic fuel table used with GB/T 2589); the plan reports no LPG"
    gasoline:
      value: 2.2224
      source: "derived from the county plan's 2020 figures: 11.4667% ÷ 16.2533% × 2.932671 = 2.06900 tCO2/tce, × 1.4714 kgce/kg × 0.73 kg/L = 2.2224 kgCO2/L (printed 11.47% and 16.25%)"
    diesel:
      value: 2.6806
      source: "derived from the county plan's 2020 figures: 1.8366% ÷ 2.4886% × 2.932671 = 2.16433 tCO2/tce, × 1.4571 kgce/kg × 0.85 kg/L = 2.6806 kgCO2/L (printed 1.84% and 2.49%)"
    heat:
      value: 0.11
      source: "公共建筑运营单位（企业）温室气体排放核算方法和报告指南（试行）, purchased heat 0.11 tCO2/GJ; the plan reports no heat"

years:
  2024:
    standard_coal:
      electricity_equal_value:
        value: 0.3024
        source: "2024 national average coal consumption of thermal power supply, 302.4 gce/kWh (China Electricity Council annual figure as quoted in public sources; not checked against the primary report)"
  2025:
    standard_coal:
      electricity_equal_value:
        value: 0.3024
        source: "not yet published for 2025: the latest published year (2024, 302.4 gce/kWh) is used"

"""#
}
