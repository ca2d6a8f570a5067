package devnet

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Versions of the clients the devnet runs, as pinned in this module's go.mod.
const (
	PrysmVersion = "v5.3.3"
	GethVersion  = "v1.15.0"
)

// Bins are the paths of the devnet's executables.
type Bins struct {
	Geth, BeaconChain, Validator, Prysmctl string
	// Weft is weft-beacon-chain and Sidecar weft-sidecar, built from this module.
	Weft, Sidecar string
}

// moduleDir is the directory of this module (adapters/prysm), found from the
// working directory.
func moduleDir() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("devnet: go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("devnet: not inside a module")
	}
	dir := filepath.Dir(mod)
	if _, err := os.Stat(filepath.Join(dir, "cmd", "weft-beacon-chain")); err != nil {
		return "", fmt.Errorf("devnet: %s is not the adapters/prysm module: %w", dir, err)
	}
	return dir, nil
}

// CacheDir is where client binaries are kept between runs, keyed by versions,
// Go version and platform: $(go env GOCACHE)/../weft-pos-bin/<key>.
func CacheDir() (string, error) {
	out, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		return "", fmt.Errorf("devnet: go env GOCACHE: %w", err)
	}
	key := sha256.Sum256([]byte(strings.Join([]string{PrysmVersion, GethVersion, runtime.Version(),
		runtime.GOOS, runtime.GOARCH}, "/")))
	return filepath.Join(filepath.Dir(strings.TrimSpace(string(out))), "weft-pos-bin", hex.EncodeToString(key[:8])), nil
}

// Build builds the client binaries from the module proxy into the cache (once
// per version) and weft-beacon-chain and weft-sidecar from this module's
// source into outDir.
// Builds run under nice; their output goes to logw.
func Build(ctx context.Context, outDir string, logw func(string)) (Bins, error) {
	mod, err := moduleDir()
	if err != nil {
		return Bins{}, err
	}
	cache, err := CacheDir()
	if err != nil {
		return Bins{}, err
	}
	b := Bins{Geth: filepath.Join(cache, "geth"), BeaconChain: filepath.Join(cache, "beacon-chain"),
		Validator: filepath.Join(cache, "validator"), Prysmctl: filepath.Join(cache, "prysmctl"),
		Weft: filepath.Join(outDir, "weft-beacon-chain"), Sidecar: filepath.Join(outDir, "weft-sidecar")}
	missing := false
	for _, p := range []string{b.Geth, b.BeaconChain, b.Validator, b.Prysmctl} {
		if _, err := os.Stat(p); err != nil {
			missing = true
		}
	}
	if missing {
		tmp := cache + ".tmp"
		_ = os.RemoveAll(tmp)
		if err := os.MkdirAll(tmp, 0o755); err != nil {
			return Bins{}, err
		}
		logw("building geth " + GethVersion + ", Prysm " + PrysmVersion + " beacon-chain, validator, prysmctl into " + cache)
		if err := goBuild(ctx, mod, tmp+"/", logw, "github.com/ethereum/go-ethereum/cmd/geth",
			"github.com/prysmaticlabs/prysm/v5/cmd/beacon-chain", "github.com/prysmaticlabs/prysm/v5/cmd/validator",
			"github.com/prysmaticlabs/prysm/v5/cmd/prysmctl"); err != nil {
			return Bins{}, err
		}
		_ = os.RemoveAll(cache)
		if err := os.Rename(tmp, cache); err != nil {
			return Bins{}, err
		}
	}
	if err := goBuild(ctx, mod, filepath.Clean(outDir)+"/", logw, "./cmd/weft-beacon-chain", "./cmd/weft-sidecar"); err != nil {
		return Bins{}, err
	}
	return b, nil
}

func goBuild(ctx context.Context, dir, out string, logw func(string), pkgs ...string) error {
	args := append([]string{"-n", "10", "go", "build", "-o", out}, pkgs...)
	cmd := exec.CommandContext(ctx, "nice", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "CGO_ENABLED=1")
	o, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("devnet: go build %v: %w\n%s", pkgs, err, o)
	}
	return nil
}
