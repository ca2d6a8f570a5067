package bench

import (
	"errors"
	"io"
	"reflect"
	"regexp"
	"time"
)

// mainDeps is the minimal test runner support testing.MainStart needs for Main:
// no profiles, no fuzzing, no coverage.
type mainDeps struct{}

// corpusEntry matches testing's corpus entry type (an alias of this struct).
type corpusEntry = struct {
	Parent     string
	Path       string
	Data       []byte
	Values     []any
	Generation int
	IsSeed     bool
}

var errNoFuzz = errors.New("bench: fuzzing is not supported")

func (mainDeps) ImportPath() string { return "github.com/weftnet/weft/adapters/libp2p/bench" }
func (mainDeps) ModulePath() string { return "github.com/weftnet/weft/adapters/libp2p" }
func (mainDeps) MatchString(pat, str string) (bool, error) {
	return regexp.MatchString(pat, str)
}
func (mainDeps) SetPanicOnExit0(bool)                        {}
func (mainDeps) StartCPUProfile(io.Writer) error             { return nil }
func (mainDeps) StopCPUProfile()                             {}
func (mainDeps) StartTestLog(io.Writer)                      {}
func (mainDeps) StopTestLog() error                          { return nil }
func (mainDeps) WriteProfileTo(string, io.Writer, int) error { return nil }
func (mainDeps) RunFuzzWorker(func(corpusEntry) error) error { return errNoFuzz }
func (mainDeps) CheckCorpus([]any, []reflect.Type) error     { return nil }
func (mainDeps) ResetCoverage()                              {}
func (mainDeps) SnapshotCoverage()                           {}
func (mainDeps) ReadCorpus(string, []reflect.Type) ([]corpusEntry, error) {
	return nil, errNoFuzz
}
func (mainDeps) CoordinateFuzzing(time.Duration, int64, time.Duration, int64, int, []corpusEntry, []reflect.Type, string, string) error {
	return errNoFuzz
}
func (mainDeps) InitRuntimeCoverage() (string, func(string, string) (string, error), func() float64) {
	return "", nil, nil
}
