package core

import (
	"bytes"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden wire vectors in testdata/wire")

// goldenFrames builds one frame of every kind, per strategy, deterministically:
// a publisher with a fixed key publishes a fixed 3000-byte message to one peer,
// and the peer answers.
func goldenFrames(t *testing.T) map[string][]byte {
	out := map[string][]byte{}
	msg := make([]byte, 3000)
	for i := range msg {
		msg[i] = byte(i * 7)
	}
	for _, sid := range []StrategyID{StrategyFlood, StrategyRS, StrategyRLNC, StrategyRLNCVerified} {
		seed := make([]byte, 32)
		seed[0] = 1
		cfg := func(s uint64) Config {
			return Config{Seed: s, Signer: NewEd25519Signer(seed), Strategies: allStrategies(t), TargetChunks: 4,
				MinChunkSize: 256, HaveSteps: 4}
		}
		pub, _ := New(cfg(1))
		sub, _ := New(cfg(2))
		_ = pub.AddPeer(2)
		_ = sub.AddPeer(1)
		var id MessageID
		copy(id[:], "golden message id 0123456789abcd")
		if err := pub.Publish(epoch, id, msg, PublishOptions{Strategy: sid, Topic: []byte("blocks")}); err != nil {
			t.Fatal(err)
		}
		name := sid.String()
		rd := pub.Ready()
		out[name+"-header"] = bytes.Clone(rd.Frames[0].Frame)
		out[name+"-chunk"] = bytes.Clone(rd.Frames[1].Frame)
		// Deliver everything until the subscriber has the message, recording its
		// first have and the publisher's done frame (sent in answer to it).
		for round := 0; round < 100 && (out[name+"-done"] == nil || len(out) < 2); round++ {
			frames := append([]Outbound(nil), pub.Ready().Frames...)
			for i := range frames {
				frames[i].Frame = bytes.Clone(frames[i].Frame)
			}
			pub.Advance()
			for _, f := range frames {
				if err := sub.Step(epoch, 1, f.Frame); err != nil {
					t.Fatalf("%v: %v", name, err)
				}
				pub.Sent(2, 1)
			}
			for _, f := range sub.Ready().Frames {
				fi, _ := PeekFrame(f.Frame)
				key := name + "-" + fi.Type.String()
				if out[key] == nil {
					out[key] = bytes.Clone(f.Frame)
				}
				_ = pub.Step(epoch, 2, f.Frame)
			}
			for _, f := range pub.Ready().Frames {
				if fi, _ := PeekFrame(f.Frame); fi.Type == FrameDone && out[name+"-done"] == nil {
					out[name+"-done"] = bytes.Clone(f.Frame)
				}
			}
			if n := len(sub.Ready().Delivered); n > 0 && !bytes.Equal(sub.Ready().Delivered[0].Payload, msg) {
				t.Fatalf("%v: wrong delivery", name)
			}
			sub.Advance()
		}
		if out[name+"-done"] == nil {
			t.Fatalf("%v: subscriber did not finish", name)
		}
	}
	return out
}

func TestGoldenFrames(t *testing.T) {
	dir := filepath.Join("testdata", "wire")
	frames := goldenFrames(t)
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, f := range frames {
			if err := os.WriteFile(filepath.Join(dir, name+".hex"), []byte(hexLines(f)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.hex"))
	if len(files) != len(frames) {
		t.Fatalf("%d golden files, %d frames: run go test -run TestGoldenFrames -update", len(files), len(frames))
	}
	for name, got := range frames {
		raw, err := os.ReadFile(filepath.Join(dir, name+".hex"))
		if err != nil {
			t.Fatalf("%v (run with -update to create)", err)
		}
		want, err := hex.DecodeString(strings.Join(strings.Fields(string(raw)), ""))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: frame differs from testdata/wire/%s.hex (wire change? update docs/spec/wire.md and run -update)", name, name)
		}
		// Every vector parses.
		if _, err := PeekFrame(want); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if strings.HasSuffix(name, "-header") {
			if _, err := ParseHeader(want); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}

func readGolden(name string) ([]byte, error) {
	raw, err := os.ReadFile(filepath.Join("testdata", "wire", name+".hex"))
	if err != nil {
		return nil, err
	}
	return hex.DecodeString(strings.Join(strings.Fields(string(raw)), ""))
}

func hexLines(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		n := min(32, len(b))
		sb.WriteString(hex.EncodeToString(b[:n]))
		sb.WriteByte('\n')
		b = b[n:]
	}
	return sb.String()
}

var _ = time.Second
