package main

import (
	"fmt"
	"io"

	"github.com/weftnet/weft/core/costmodel"
)

const costsHelp = "processing costs charged in virtual time: 'calibrate' (measure on this machine now), 'fixed' (round figures), or a JSON file written by --save-costs"

// loadCosts resolves a --costs value, prints the model, and writes it to save
// when that is set. A loaded machine calibrates slower costs; pinning one file
// keeps runs on different days comparable.
func loadCosts(spec, save string, stderr io.Writer) (costmodel.Model, error) {
	var c costmodel.Model
	var err error
	switch spec {
	case "calibrate":
		fmt.Fprintln(stderr, "calibrating processing costs on this machine...")
		if c, err = costmodel.Calibrate(); err != nil {
			return c, fmt.Errorf("calibration: %w", err)
		}
	case "fixed":
		c = costmodel.Fixed()
	case "":
		return c, usageError{fmt.Errorf("--costs: empty (want 'calibrate', 'fixed' or a file)")}
	default:
		if c, err = costmodel.Load(spec); err != nil {
			return c, usageError{fmt.Errorf("--costs: %w", err)}
		}
	}
	fmt.Fprintln(stderr, "costs:", c.String())
	if save != "" {
		if err := costmodel.Save(save, c); err != nil {
			return c, fmt.Errorf("--save-costs: %w", err)
		}
	}
	return c, nil
}
