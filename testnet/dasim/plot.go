package dasim

import (
	"fmt"
	"image/color"
	"math"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// PlotPNG writes the DA-time CDFs (all columns released), one panel per blob
// count, weft against PeerDAS, to a PNG file.
func PlotPNG(rep *Report, path string) error {
	var blobs []int
	for _, r := range rep.Rows {
		if r.Case == "all columns" && r.Protocol == "weft" {
			blobs = append(blobs, r.Blobs)
		}
	}
	if len(blobs) == 0 {
		return fmt.Errorf("dasim: nothing to plot")
	}
	cols := min(2, len(blobs))
	rows := (len(blobs) + cols - 1) / cols
	const w, h = 5.5 * vg.Inch, 3.8 * vg.Inch
	img := vgimg.New(w*vg.Length(cols), h*vg.Length(rows))
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Points(8), PadY: vg.Points(8)}
	colors := map[string]color.Color{"weft": color.RGBA{31, 119, 180, 255}, "peerdas": color.RGBA{214, 39, 40, 255}}
	for i, k := range blobs {
		p := plot.New()
		p.Title.Text = fmt.Sprintf("%s — %d blobs, all columns released", rep.Scenario, k)
		p.X.Label.Text = "time since publish (ms)"
		p.Y.Label.Text = "fraction of nodes whose DA check passed"
		p.Y.Min, p.Y.Max = 0, 1
		p.Add(plotter.NewGrid())
		for _, proto := range []string{"weft", "peerdas"} {
			r := find(rep, proto, "all columns", k)
			if r == nil {
				continue
			}
			var pts plotter.XYs
			for j, t := range r.Times {
				if math.IsInf(t, 0) {
					break
				}
				pts = append(pts, plotter.XY{X: t, Y: float64(j+1) / float64(len(r.Times))})
			}
			if len(pts) == 0 {
				continue
			}
			l, err := plotter.NewLine(pts)
			if err != nil {
				return err
			}
			l.Color = colors[proto]
			l.Width = vg.Points(1.6)
			p.Add(l)
			p.Legend.Add(proto, l)
		}
		p.Legend.Top, p.Legend.Left = false, false
		p.Legend.YOffs = vg.Points(12)
		p.Draw(tiles.At(dc, i%cols, i/cols))
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
