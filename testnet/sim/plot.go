package sim

import (
	"fmt"
	"image/color"
	"math"

	"github.com/weftnet/weft/core/report"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

var palette = []color.Color{
	color.RGBA{31, 119, 180, 255}, color.RGBA{255, 127, 14, 255}, color.RGBA{44, 160, 44, 255},
	color.RGBA{214, 39, 40, 255}, color.RGBA{148, 103, 189, 255}, color.RGBA{140, 86, 75, 255},
}

// cdf turns sorted completion times into a step line; undelivered pairs (+Inf)
// keep the curve below 1.
func cdf(times []float64) plotter.XYs {
	n := float64(len(times))
	var pts plotter.XYs
	for i, t := range times {
		if math.IsInf(t, 0) {
			break
		}
		pts = append(pts, plotter.XY{X: t, Y: float64(i+1) / n})
	}
	return pts
}

// PlotPNG writes the completion-time CDFs of every strategy, one panel per size, the
// ideal bound dashed, to a PNG file.
func PlotPNG(rep *Report, path string) error {
	cols := min(2, len(rep.Ideal))
	rows := (len(rep.Ideal) + cols - 1) / cols
	const w, h = 5.5 * vg.Inch, 3.8 * vg.Inch
	img := vgimg.New(w*vg.Length(cols), h*vg.Length(rows))
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Points(8), PadY: vg.Points(8)}
	for i, id := range rep.Ideal {
		p := plot.New()
		p.Title.Text = fmt.Sprintf("%s — %s", rep.Scenario, report.SizeText(id.SizeBytes))
		p.X.Label.Text = "time since publish (ms)"
		p.Y.Label.Text = "fraction of nodes with the message"
		p.Y.Min, p.Y.Max = 0, 1
		p.Add(plotter.NewGrid())
		n := 0
		for _, r := range rep.Results {
			if r.SizeBytes != id.SizeBytes {
				continue
			}
			l, err := plotter.NewLine(cdf(r.Times))
			if err != nil {
				continue
			}
			l.Color = palette[n%len(palette)]
			l.Width = vg.Points(1.6)
			p.Add(l)
			p.Legend.Add(r.Strategy, l)
			n++
		}
		if l, err := plotter.NewLine(cdf(id.Times)); err == nil {
			l.Color = color.Gray{90}
			l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
			p.Add(l)
			p.Legend.Add("ideal bound", l)
		}
		p.Legend.Top, p.Legend.Left = false, false
		p.Legend.YOffs = vg.Points(12)
		p.Draw(tiles.At(dc, i%cols, i/cols))
	}
	return savePNG(img, path)
}
