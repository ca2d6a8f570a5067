package bench

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
)

func TestMain(m *testing.M) {
	log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, log.LevelError, false)))
	os.Exit(m.Run())
}

// tiny keeps the measurement code honest in 'go test': two followers, one
// small block and one one-blob transaction per mode.
var tiny = Config{Followers: 2, UpRate: 50 << 20, Latency: 2 * time.Millisecond, Sizes: []int{64 << 10}, Repeats: 1, Blobs: 1}

func TestBlocksTiny(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := Blocks(ctx, tiny)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Mode != "weft" || res[1].Mode != "direct" {
		t.Fatalf("results %+v", res)
	}
	for _, r := range res {
		if len(r.Samples) != 1 || r.Samples[0].Last <= 0 || r.Samples[0].Bytes < int64(r.Size) {
			t.Errorf("%s: samples %+v: a 64 KiB block needs time and at least its size in bytes", r.Mode, r.Samples)
		}
	}
}

func TestBlobsTiny(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := Blobs(ctx, tiny)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Mode != "weft" || res[1].Mode != "eth" {
		t.Fatalf("results %+v", res)
	}
	for _, r := range res {
		if len(r.Samples) != 1 || r.Samples[0].Bytes < 128<<10 {
			t.Errorf("%s: samples %+v: a blob needs at least 128 KiB on the links", r.Mode, r.Samples)
		}
	}
}

func TestConfig(t *testing.T) {
	for _, c := range []Config{{Followers: -1}, {Sizes: []int{0}}, {Sizes: []int{9 << 20}}, {Blobs: 7}} {
		if _, err := c.withDefaults(); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
}
