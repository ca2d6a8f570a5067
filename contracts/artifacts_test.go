package contracts_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/common/compiler"
	"github.com/ethereum/go-ethereum/crypto"
)

// These checks run without node: they catch a .sol file edited without rebuilding the
// artifacts, and bindings that do not match the artifacts. `make check-contracts`
// (with node) additionally recompiles and checks byte for byte.

func TestArtifactsMatchSources(t *testing.T) {
	want := map[string]string{}
	for _, dir := range []string{"src", "test"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.sol"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(b)
			want[filepath.ToSlash(f)] = hex.EncodeToString(sum[:])
		}
	}
	for _, art := range []string{"artifacts/weft.combined.json", "artifacts/mocks.combined.json"} {
		b, err := os.ReadFile(art)
		if err != nil {
			t.Fatal(err)
		}
		var a struct {
			Version      string            `json:"version"`
			SourceHashes map[string]string `json:"sourceHashes"`
		}
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Version, "0.8.37+") {
			t.Errorf("%s: compiled by solc %s, want 0.8.37", art, a.Version)
		}
		if len(a.SourceHashes) != len(want) {
			t.Errorf("%s: built from %d sources, the tree has %d: run 'make contracts'", art, len(a.SourceHashes), len(want))
		}
		for f, h := range want {
			if a.SourceHashes[f] != h {
				t.Errorf("%s: %s changed since the artifacts were built: run 'make contracts' and commit", art, f)
			}
		}
	}
	// The lockfile pins the toolchain the issue asks for.
	lock, err := os.ReadFile("package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	var l struct {
		Packages map[string]struct {
			Version string `json:"version"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(lock, &l); err != nil {
		t.Fatal(err)
	}
	for pkg, v := range map[string]string{"node_modules/solc": "0.8.37", "node_modules/@openzeppelin/contracts": "5.7.0"} {
		if got := l.Packages[pkg].Version; got != v {
			t.Errorf("package-lock.json pins %s %s, want %s", pkg, got, v)
		}
	}
}

// TestBindingsMatchArtifacts regenerates the bindings in-process, as scripts/build.sh
// does with `go tool abigen --v2`, and compares them with the committed files.
func TestBindingsMatchArtifacts(t *testing.T) {
	for _, c := range []struct {
		artifact, out, pkg string
		exclude            []string
		aliases            map[string]string
	}{
		{"artifacts/weft.combined.json", "bindings/registry.go", "bindings", []string{"RelayPayments"}, nil},
		{"artifacts/weft.combined.json", "bindings/payments.go", "bindings", []string{"NodeRegistry", "EquivocationDisputes", "WeftResolver"},
			map[string]string{"eip712Domain": "paymentsEip712Domain"}},
		{"artifacts/mocks.combined.json", "bindings/mocks/mocks.go", "mocks", nil, nil},
	} {
		data, err := os.ReadFile(c.artifact)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := compiler.ParseCombinedJSON(data, "", "", "", "")
		if err != nil {
			t.Fatal(err)
		}
		var types, abis, bins []string
		libs := map[string]string{}
	next:
		for name, ct := range parsed {
			typ := name[strings.LastIndex(name, ":")+1:]
			for _, x := range c.exclude {
				if typ == x {
					continue next
				}
			}
			a, err := json.Marshal(ct.Info.AbiDefinition)
			if err != nil {
				t.Fatal(err)
			}
			types, abis, bins = append(types, typ), append(abis, string(a)), append(bins, ct.Code)
			libs[crypto.Keccak256Hash([]byte(name)).String()[2:36]] = typ
		}
		aliases := c.aliases
		if aliases == nil {
			aliases = map[string]string{}
		}
		code, err := abigen.BindV2(types, abis, bins, c.pkg, libs, aliases)
		if err != nil {
			t.Fatal(err)
		}
		have, err := os.ReadFile(c.out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(have, []byte(code)) {
			t.Errorf("%s does not match %s: run 'make contracts' and commit", c.out, c.artifact)
		}
	}
}
