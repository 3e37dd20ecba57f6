"""A bar chart by year as plain SVG geometry: rendered on the server, no JavaScript needed.

One horizontal bar per year, so the chart grows downwards and never sideways: on a 320 px
screen it fits without scrolling. The SVG has no viewBox, so it is never scaled and its text
keeps the CSS font size (at least 14 px); bar lengths and positions are percentages of the
chart's width. Inline `style` attributes would be blocked by the portal's
Content-Security-Policy, so geometry is in SVG attributes, sizes in legal.css.
"""

ROW = 28  # px per year
LABEL_WIDTH = 22  # % of the width for the year label
BAR_SPACE = 60  # % of the width the longest bar takes; the count is written after the bar


def year_bars(timeline: list[dict]) -> dict | None:
    if not timeline:
        return None
    years = list(range(timeline[0]["year"], timeline[-1]["year"] + 1))
    counts = {row["year"]: row for row in timeline}
    peak = max(row["changes"] for row in timeline) or 1
    bars = []
    for index, year in enumerate(years):
        row = counts.get(year, {"changes": 0, "acts": 0})
        share = round(BAR_SPACE * row["changes"] / peak, 1)
        top = index * ROW
        bars.append(
            {
                "year": year,
                "changes": row["changes"],
                "acts": row["acts"],
                "y": top + 4,
                "text_y": top + ROW // 2 + 5,
                "bar_x": f"{LABEL_WIDTH}%",
                "bar_width": f"{share}%",
                "value_x": f"{LABEL_WIDTH + share + 2}%",
            }
        )
    return {
        "bars": bars,
        "height": len(years) * ROW,
        "bar_height": ROW - 8,
        "axis_x": f"{LABEL_WIDTH}%",
    }
