"""A bar chart by year as plain SVG geometry: rendered on the server, no JavaScript needed.

Inline `style` attributes would be blocked by the portal's Content-Security-Policy, so the
bars are SVG shapes with width/height attributes instead of CSS widths.
"""

BAR_WIDTH = 36
GAP = 10
HEIGHT = 160
TOP = 20
BOTTOM = 24


def year_bars(timeline: list[dict]) -> dict | None:
    if not timeline:
        return None
    years = list(range(timeline[0]["year"], timeline[-1]["year"] + 1))
    counts = {row["year"]: row for row in timeline}
    peak = max(row["changes"] for row in timeline) or 1
    bars = []
    for index, year in enumerate(years):
        row = counts.get(year, {"changes": 0, "acts": 0})
        height = round((HEIGHT - TOP - BOTTOM) * row["changes"] / peak)
        x = GAP + index * (BAR_WIDTH + GAP)
        bars.append(
            {
                "year": year,
                "changes": row["changes"],
                "acts": row["acts"],
                "x": x,
                "y": HEIGHT - BOTTOM - height,
                "height": height,
                "label_x": x + BAR_WIDTH // 2,
                "value_y": HEIGHT - BOTTOM - height - 4,
            }
        )
    return {
        "bars": bars,
        "width": GAP + len(years) * (BAR_WIDTH + GAP),
        "height": HEIGHT,
        "bar_width": BAR_WIDTH,
        "axis_y": HEIGHT - BOTTOM,
        "year_y": HEIGHT - 6,
    }
