package weftcmt_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cometbft/cometbft/p2p"
	gogotypes "github.com/cosmos/gogoproto/types"
	weftcmt "github.com/weftnet/weft/adapters/cometbft"
	"github.com/weftnet/weft/adapters/cometbft/internal/cmtnet"
)

// corruptArmed turns the Byzantine proposer's corruption on.
var corruptArmed atomic.Bool

// report is one disconnect a validator's Reactor reported.
type report struct {
	by   int
	peer p2p.ID
	err  error
}

// TestAdversary: one of four validators misbehaves on the weft channel; every
// honest validator disconnects it (and only it), and consensus goes on: a block
// with a multi-MB transaction commits afterwards with matching app hashes.
func TestAdversary(t *testing.T) {
	const bad = 3
	cases := []struct {
		name    string
		attack  func(t *testing.T, net *cmtnet.Net)
		corrupt bool
		want    error // nil: any error
	}{
		{name: "junk-frames", attack: func(t *testing.T, net *cmtnet.Net) {
			rng := rand.New(rand.NewPCG(3, 4))
			for _, p := range net.Vals[bad].Node().Switch().Peers().Copy() {
				for k := 0; k < 4; k++ {
					junk := make([]byte, 100+rng.IntN(2000))
					for i := range junk {
						junk[i] = byte(rng.Uint32())
					}
					p.Send(p2p.Envelope{ChannelID: weftcmt.DefaultChannel, Message: &gogotypes.BytesValue{Value: junk}})
				}
			}
		}},
		{name: "non-proposer-session", want: weftcmt.ErrNotProposer, attack: func(t *testing.T, net *cmtnet.Net) {
			block := make([]byte, 300<<10)
			if err := weftcmt.PublishAsNonProposer(net.Vals[bad].Reactor(), net.Vals[bad].PV.Key.PrivKey, block); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "mismatching-block", corrupt: true, want: weftcmt.ErrBlockMismatch, attack: func(*testing.T, *cmtnet.Net) {
			corruptArmed.Store(true) // from now on, as proposer, it publishes altered blocks
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var mu sync.Mutex
			var reports []report
			got := make(chan report, 64)
			net, err := cmtnet.New(cmtnet.Options{Validators: 4, Dir: t.TempDir(), Logger: testLogger(t),
				WeftConfig: func(i int) weftcmt.Config {
					return weftcmt.Config{OnMisbehavior: func(peer p2p.ID, err error) {
						mu.Lock()
						reports = append(reports, report{i, peer, err})
						mu.Unlock()
						select {
						case got <- report{i, peer, err}:
						default:
						}
					}}
				},
				OnReactor: func(i int, r *weftcmt.Reactor) {
					if i == bad && tc.corrupt {
						weftcmt.SetCorrupt(r, func(b []byte) []byte {
							if !corruptArmed.Load() {
								return b // not before every validator is connected
							}
							b = append([]byte(nil), b...)
							b[len(b)/2] ^= 0x5a
							return b
						})
					}
				}})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = net.Close() })
			if err := net.StartAll(); err != nil {
				t.Fatal(err)
			}
			ctx := deadline(t, 3*time.Minute)
			if err := net.WaitConnected(ctx); err != nil {
				t.Fatal(err)
			}
			if err := net.WaitHeight(ctx, nil, 2); err != nil {
				t.Fatal(err)
			}
			if tc.attack != nil {
				tc.attack(t, net)
			}
			badID := net.Vals[bad].NodeKey.ID()
			seen := map[int]bool{}
			for len(seen) < bad {
				select {
				case r := <-got:
					if r.by == bad {
						continue
					}
					if r.peer != badID {
						t.Fatalf("validator %d disconnected honest peer %s: %v", r.by, r.peer, r.err)
					}
					if tc.want != nil && !errors.Is(r.err, tc.want) {
						t.Fatalf("validator %d disconnected the attacker for %v, want %v", r.by, r.err, tc.want)
					}
					seen[r.by] = true
				case <-ctx.Done():
					t.Fatalf("attacker disconnected by %v only: %v", seen, ctx.Err())
				}
			}
			rng := rand.New(rand.NewPCG(5, 6))
			last := commitTx(ctx, t, net, bigTx(rng, "after", 2<<20))
			checkAppHashes(t, net, 1, last)
			mu.Lock()
			defer mu.Unlock()
			for _, r := range reports {
				if r.by != bad && r.peer != badID {
					t.Fatalf("validator %d disconnected honest peer %s: %v", r.by, r.peer, r.err)
				}
			}
			for _, r := range reports {
				t.Logf("by %d: %s: %v", r.by, r.peer, r.err)
			}
		})
	}
}

var _ = context.Background
