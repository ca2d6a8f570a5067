package costmodel

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/weftnet/weft/core"
)

// price is one op's entry in a model file.
type price struct {
	NsPerByte float64 `json:"ns_per_byte"`
	NsPerOp   float64 `json:"ns_per_op"`
}

type file struct {
	Kernel string           `json:"kernel"`
	Ops    map[string]price `json:"ops"`
}

// MarshalJSON writes the model with ops by name:
//
//	{"kernel": "gfni512", "ops": {"encode": {"ns_per_byte": 0.0078, "ns_per_op": 0}, ...}}
func (m Model) MarshalJSON() ([]byte, error) {
	f := file{Kernel: m.Kernel, Ops: make(map[string]price, core.NumOps)}
	for op := range core.NumOps {
		f.Ops[op.String()] = price{NsPerByte: m.PerByte[op], NsPerOp: float64(m.PerOp[op])}
	}
	return json.Marshal(f)
}

// UnmarshalJSON reads what MarshalJSON writes. Every op must be present and
// priced (a missing op would be free in virtual time); unknown ops, negative or
// non-finite prices are errors.
func (m *Model) UnmarshalJSON(b []byte) error {
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	var out Model
	out.Kernel = f.Kernel
	seen := 0
	for name, p := range f.Ops {
		op, ok := opByName(name)
		if !ok {
			return fmt.Errorf("costmodel: unknown op %q", name)
		}
		for _, v := range []float64{p.NsPerByte, p.NsPerOp} {
			if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("costmodel: op %s: price %v out of range", name, v)
			}
		}
		if p.NsPerByte == 0 && p.NsPerOp == 0 {
			return fmt.Errorf("costmodel: op %s has no price", name)
		}
		out.PerByte[op] = p.NsPerByte
		out.PerOp[op] = time.Duration(p.NsPerOp)
		seen++
	}
	if seen != int(core.NumOps) {
		var missing []string
		for op := range core.NumOps {
			if _, ok := f.Ops[op.String()]; !ok {
				missing = append(missing, op.String())
			}
		}
		return fmt.Errorf("costmodel: ops without a price: %v", missing)
	}
	*m = out
	return nil
}

func opByName(name string) (core.Op, bool) {
	for op := range core.NumOps {
		if op.String() == name {
			return op, true
		}
	}
	return 0, false
}

// Load reads a model written by Save (or by hand), so runs on different days
// or under different load can be charged the same costs.
func Load(path string) (Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Model{}, err
	}
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return Model{}, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Save writes m as JSON to path.
func Save(path string, m Model) error {
	if path == "" {
		return errors.New("costmodel: empty path")
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
