package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/weftnet/weft/core"
)

// engineOverrides parses --engine: comma-separated Field=value pairs naming
// numeric fields of core.Config (e.g. CreditPercent=150,SendWindow=2,
// StallTimeout=300ms). It returns a function that applies them; the engine's
// own Validate still judges the values.
func engineOverrides(spec string) (func(*core.Config), error) {
	if strings.TrimSpace(spec) == "" {
		return nil, nil
	}
	type set struct {
		idx []int
		v   reflect.Value
	}
	var sets []set
	ct := reflect.TypeFor[core.Config]()
	for _, kv := range strings.Split(spec, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if !ok {
			return nil, fmt.Errorf("--engine: %q is not Field=value", kv)
		}
		f, ok := ct.FieldByName(name)
		if !ok || !f.IsExported() {
			return nil, fmt.Errorf("--engine: core.Config has no field %q (have: %s)", name, strings.Join(tunableFields(), ", "))
		}
		var v reflect.Value
		switch {
		case f.Type == reflect.TypeFor[time.Duration]():
			d, err := time.ParseDuration(val)
			if err != nil {
				return nil, fmt.Errorf("--engine %s: %w", name, err)
			}
			v = reflect.ValueOf(d)
		case f.Type.Kind() == reflect.Int || f.Type.Kind() == reflect.Int64:
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("--engine %s: %w", name, err)
			}
			v = reflect.New(f.Type).Elem()
			v.SetInt(n)
		case f.Type.Kind() == reflect.Float64:
			x, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return nil, fmt.Errorf("--engine %s: %w", name, err)
			}
			v = reflect.ValueOf(x)
		default:
			return nil, fmt.Errorf("--engine: field %s (%s) is not numeric", name, f.Type)
		}
		sets = append(sets, set{f.Index, v})
	}
	// Check the values once, on a config with every default filled in.
	apply := func(c *core.Config) {
		rv := reflect.ValueOf(c).Elem()
		for _, s := range sets {
			rv.FieldByIndex(s.idx).Set(s.v)
		}
	}
	var probe core.Config
	apply(&probe)
	if err := probe.Validate(); err != nil {
		return nil, fmt.Errorf("--engine: %w", err)
	}
	return apply, nil
}

// tunableFields lists the numeric fields of core.Config.
func tunableFields() []string {
	var out []string
	ct := reflect.TypeFor[core.Config]()
	for i := range ct.NumField() {
		f := ct.Field(i)
		switch f.Type.Kind() {
		case reflect.Int, reflect.Int64, reflect.Float64:
			if f.IsExported() && f.Name != "Seed" {
				out = append(out, f.Name)
			}
		}
	}
	return out
}
