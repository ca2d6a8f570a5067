package weftprysm_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
)

// TestNetworkFlags: the pacing flags reach the Config (Mbit/s to bytes per
// second, the engine's uplink window), the push defaults to DefaultPushPercent,
// and a negative rate is refused.
func TestNetworkFlags(t *testing.T) {
	key := "--weft-key=" + strings.Repeat("ab", 32)
	run := func(args ...string) (weftprysm.Config, error) {
		var cfg weftprysm.Config
		var cerr error
		app := &cli.App{Name: "x", Flags: weftprysm.NetworkFlags, Action: func(c *cli.Context) error {
			cfg, cerr = weftprysm.ConfigFromNetworkFlags(c, t.TempDir())
			return nil
		}}
		if err := app.Run(append([]string{"x", key}, args...)); err != nil {
			t.Fatal(err)
		}
		return cfg, cerr
	}
	cfg, err := run("--weft-upload-mbps=40", "--weft-uplink-window=2")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.UploadBytesPerSec != 5e6 || cfg.Engine.UplinkWindow != 2 {
		t.Fatalf("upload %v bytes/s, uplink window %d; want 5e6 and 2", cfg.UploadBytesPerSec, cfg.Engine.UplinkWindow)
	}
	if cfg, err = run(); err != nil || cfg.UploadBytesPerSec != 0 || cfg.Engine.UplinkWindow != 0 || cfg.Engine.PushPercent != weftprysm.DefaultPushPercent {
		t.Fatalf("defaults: %v bytes/s, window %d, push %d%%, %v; want unpaced, push %d%%", cfg.UploadBytesPerSec,
			cfg.Engine.UplinkWindow, cfg.Engine.PushPercent, err, weftprysm.DefaultPushPercent)
	}
	if _, err := run("--weft-upload-mbps=-1"); !errors.Is(err, weftprysm.ErrConfig) {
		t.Fatalf("negative rate: %v, want ErrConfig", err)
	}
}
