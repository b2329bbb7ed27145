/// The expected stats.json of `StatsJSONGoldenTests` (see there for every value worked out by hand).
enum StatsJSONGolden {
    static let tiny = #"""
    {
      "year": 2025,
      "province": {
        "code": "320000",
        "name": "江苏省",
        "active_projects": 2,
        "scope_projects": 1,
        "smart_scope_projects": 1,
        "smart_coverage": 1.0,
        "smart_sites": 1,
        "connected_sites": 1,
        "connection_rate": 1.0,
        "counties_total": 1,
        "counties_with_platform": 1,
        "platform_coverage": 1.0,
        "five": {
          "smart_site": 0.5,
          "super_dangerous_control": 1.0,
          "standard_evaluation": 0.5,
          "online_orders": 0.0,
          "jianan_code": 0.5
        },
        "verifications": {
          "total": 1,
          "不合格": 0,
          "合格": 0,
          "良好": 0,
          "优良": 1,
          "pass_rate": 1.0,
          "excellent_rate": 1.0
        }
      },
      "cities": [
        {
          "code": "320100",
          "name": "南京市",
          "active_projects": 2,
          "scope_projects": 1,
          "smart_scope_projects": 1,
          "smart_coverage": 1.0,
          "smart_sites": 1,
          "connected_sites": 1,
          "connection_rate": 1.0,
          "counties_total": 1,
          "counties_with_platform": 1,
          "platform_coverage": 1.0,
          "five": {
            "smart_site": 0.5,
            "super_dangerous_control": 1.0,
            "standard_evaluation": 0.5,
            "online_orders": 0.0,
            "jianan_code": 0.5
          },
          "verifications": {
            "total": 1,
            "不合格": 0,
            "合格": 0,
            "良好": 0,
            "优良": 1,
            "pass_rate": 1.0,
            "excellent_rate": 1.0
          },
          "score": 100.0,
          "rank": 1
        }
      ],
      "counties": [
        {
          "code": "320102",
          "name": "玄武区",
          "active_projects": 2,
          "scope_projects": 1,
          "smart_scope_projects": 1,
          "smart_coverage": 1.0,
          "smart_sites": 1,
          "connected_sites": 1,
          "connection_rate": 1.0,
          "counties_total": 1,
          "counties_with_platform": 1,
          "platform_coverage": 1.0,
          "five": {
            "smart_site": 0.5,
            "super_dangerous_control": 1.0,
            "standard_evaluation": 0.5,
            "online_orders": 0.0,
            "jianan_code": 0.5
          },
          "verifications": {
            "total": 1,
            "不合格": 0,
            "合格": 0,
            "良好": 0,
            "优良": 1,
            "pass_rate": 1.0,
            "excellent_rate": 1.0
          }
        }
      ],
      "providers": [
        {
          "name": "乙",
          "projects": 3,
          "online_rate": 1.0,
          "timely_rate": 0.5,
          "complete_rate": 0.5,
          "score": 70.0,
          "rank": 1
        },
        {
          "name": "智联\"科技\"\\",
          "projects": 2,
          "online_rate": 0.75,
          "timely_rate": 0.75,
          "complete_rate": 0.75,
          "score": 75.0,
          "rank": null
        }
      ],
      "lists": {
        "excellent_projects": [
          "G1"
        ],
        "three_star_ineligible": [
          "G2"
        ],
        "due_unverified": []
      },
      "dust": {
        "devices": 1,
        "matched_devices": 1,
        "compared_days": 1,
        "exceedance_days": 1,
        "flatline_devices": [],
        "cities": [
          {
            "code": "320100",
            "devices": 1,
            "mean_pm10": 70.0,
            "exceedance_rate": 1.0
          }
        ]
      },
      "trend": [
        {
          "year": 2021,
          "province": {
            "code": "320000",
            "smart_coverage": null,
            "connection_rate": null,
            "platform_coverage": 0.0,
            "verifications_total": 0,
            "excellent_rate": null
          },
          "cities": [
            {
              "code": "320100",
              "smart_coverage": null,
              "connection_rate": null,
              "platform_coverage": 0.0,
              "verifications_total": 0,
              "excellent_rate": null
            }
          ]
        },
        {
          "year": 2022,
          "province": {
            "code": "320000",
            "smart_coverage": null,
            "connection_rate": null,
            "platform_coverage": 0.0,
            "verifications_total": 0,
            "excellent_rate": null
          },
          "cities": [
            {
              "code": "320100",
              "smart_coverage": null,
              "connection_rate": null,
              "platform_coverage": 0.0,
              "verifications_total": 0,
              "excellent_rate": null
            }
          ]
        },
        {
          "year": 2023,
          "province": {
            "code": "320000",
            "smart_coverage": 0.0,
            "connection_rate": null,
            "platform_coverage": 1.0,
            "verifications_total": 0,
            "excellent_rate": null
          },
          "cities": [
            {
              "code": "320100",
              "smart_coverage": 0.0,
              "connection_rate": null,
              "platform_coverage": 1.0,
              "verifications_total": 0,
              "excellent_rate": null
            }
          ]
        },
        {
          "year": 2024,
          "province": {
            "code": "320000",
            "smart_coverage": 0.5,
            "connection_rate": 1.0,
            "platform_coverage": 1.0,
            "verifications_total": 1,
            "excellent_rate": 1.0
          },
          "cities": [
            {
              "code": "320100",
              "smart_coverage": 0.5,
              "connection_rate": 1.0,
              "platform_coverage": 1.0,
              "verifications_total": 1,
              "excellent_rate": 1.0
            }
          ]
        },
        {
          "year": 2025,
          "province": {
            "code": "320000",
            "smart_coverage": 1.0,
            "connection_rate": 1.0,
            "platform_coverage": 1.0,
            "verifications_total": 1,
            "excellent_rate": 1.0
          },
          "cities": [
            {
              "code": "320100",
              "smart_coverage": 1.0,
              "connection_rate": 1.0,
              "platform_coverage": 1.0,
              "verifications_total": 1,
              "excellent_rate": 1.0
            }
          ]
        }
      ],
      "data_quality": {
        "grade_score_mismatch": 1,
        "warnings": 2
      }
    }

    """#
}
