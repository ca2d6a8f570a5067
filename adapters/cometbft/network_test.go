package weftcmt_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/types"
	"github.com/weftnet/weft/adapters/cometbft/internal/cmtnet"
)

// bigTx returns a kvstore transaction "key=value" of about size bytes.
func bigTx(rng *rand.Rand, key string, size int) types.Tx {
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	tx := make([]byte, 0, size)
	tx = append(tx, key...)
	tx = append(tx, '=')
	for len(tx) < size {
		tx = append(tx, letters[rng.IntN(len(letters))])
	}
	return tx
}

func testLogger(t *testing.T) log.Logger {
	if os.Getenv("WEFT_CMT_LOG") != "" {
		return log.NewTMLogger(log.NewSyncWriter(os.Stderr))
	}
	return nil
}

// commitTx submits a transaction to every running validator and waits until
// each of them has committed a block holding it; it returns that height.
func commitTx(ctx context.Context, t *testing.T, net *cmtnet.Net, tx types.Tx) int64 {
	t.Helper()
	store := net.Vals[net.Running()[0]].Node().BlockStore()
	next := store.Height() + 1 // the first height that can hold tx
	if err := net.Submit(tx); err != nil {
		t.Fatal(err)
	}
	for h := next; ; h++ {
		if err := net.WaitHeight(ctx, nil, h); err != nil {
			t.Fatal(err)
		}
		b, _ := store.LoadBlock(h)
		if b == nil {
			t.Fatalf("height %d committed but not stored", h)
		}
		for _, btx := range b.Txs {
			if bytes.Equal(btx, tx) {
				return h
			}
		}
	}
}

// checkAppHashes checks that every running validator's application returned
// the same app hash for each height in [from, to].
func checkAppHashes(t *testing.T, net *cmtnet.Net, from, to int64) {
	t.Helper()
	run := net.Running()
	for h := from; h <= to; h++ {
		want, err := net.AppHash(run[0], h)
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range run[1:] {
			got, err := net.AppHash(i, h)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("height %d: validator %d app hash %X, validator %d %X", h, i, got, run[0], want)
			}
		}
	}
}

func deadline(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// TestNetwork: five validators, four with weft and one without. Blocks with
// multi-MB transactions commit and every application agrees; weft carried the
// blocks to the weft validators; a weft validator crashes, the others commit
// on, it comes back and catches up.
func TestNetwork(t *testing.T) {
	net, err := cmtnet.New(cmtnet.Options{Validators: 5, Dir: t.TempDir(), Weft: func(i int) bool { return i != 4 },
		Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	if err := net.StartAll(); err != nil {
		t.Fatal(err)
	}
	ctx := deadline(t, 4*time.Minute)
	if err := net.WaitConnected(ctx); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var first, last int64
	for k := 0; k < 3; k++ {
		h := commitTx(ctx, t, net, bigTx(rng, fmt.Sprintf("k%d", k), 3<<20))
		if first == 0 {
			first = h
		}
		last = h
	}
	checkAppHashes(t, net, 1, last)
	var delivered, published uint64
	for i := 0; i < 4; i++ {
		st := net.Vals[i].Reactor().Stats()
		delivered += st.Delivered
		published += st.Published
		t.Logf("validator %d: %+v", i, st)
	}
	if published == 0 || delivered == 0 {
		t.Fatalf("weft carried no block: published %d, delivered %d", published, delivered)
	}
	_ = first

	// crash validator 1; the rest (4 of 5, with the one without weft) commit on
	if err := net.Stop(1); err != nil {
		t.Fatal(err)
	}
	for k := 3; k < 5; k++ {
		last = commitTx(ctx, t, net, bigTx(rng, fmt.Sprintf("k%d", k), 3<<20))
	}
	if err := net.Start(1); err != nil {
		t.Fatal(err)
	}
	if err := net.WaitHeight(ctx, []int{1}, last); err != nil {
		t.Fatal(err)
	}
	last = commitTx(ctx, t, net, bigTx(rng, "k5", 3<<20))
	checkAppHashes(t, net, 1, last)
}
