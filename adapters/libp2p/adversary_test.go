package weft

import (
	"bufio"
	"context"
	"encoding/binary"
	"io"
	"testing"
	"testing/synctest"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/weftnet/weft/core"
)

// A peer that speaks /weft/1 but sends an oversized frame, or frames the engine
// refuses, is disconnected; nothing panics and nothing large is allocated.
func TestBadPeerDisconnected(t *testing.T) {
	for _, c := range []struct {
		name  string
		write func(w io.Writer)
		check func(t *testing.T, st Stats)
	}{
		{"oversized", func(w io.Writer) {
			_, _ = w.Write(binary.AppendUvarint(nil, 1<<40))
		}, func(t *testing.T, st Stats) {
			if st.Oversized != 1 || st.FramesIn != 0 {
				t.Errorf("stats %+v", st)
			}
		}},
		{"garbage", func(w io.Writer) {
			for i := range 5 {
				frame := []byte{core.Version, byte(core.FrameChunk), 0, 0, 0, 40}
				frame = append(frame, make([]byte, 40)...)
				frame[10] = byte(i) // an unknown session
				if i > 1 {
					frame = []byte("not a frame at all, just junk bytes here")
				}
				_ = WriteFrame(w, frame)
			}
		}, func(t *testing.T, st Stats) {
			if st.Rejected < 2 || st.Penalties < 2 {
				t.Errorf("stats %+v", st)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				hs, stop := simHosts(t, 2)
				defer stop()
				a := newPS(t, hs[0], Config{MaxFrameSize: 1 << 20})
				defer a.Close()
				if _, err := a.Join("t"); err != nil {
					t.Fatal(err)
				}
				// The attacker accepts a's stream and answers with its own.
				evil := hs[1]
				evil.SetStreamHandler(ProtocolID, func(s network.Stream) { _, _ = io.Copy(io.Discard, s) })
				connect(t, evil, hs[0])
				time.Sleep(time.Second)
				if got := a.Peers(); len(got) != 1 {
					t.Fatalf("a's weft peers: %v", got)
				}
				s, err := evil.NewStream(context.Background(), hs[0].ID(), ProtocolID)
				if err != nil {
					t.Fatal(err)
				}
				w := bufio.NewWriter(s)
				c.write(w)
				_ = w.Flush()
				time.Sleep(2 * time.Second)
				c.check(t, a.Stats())
				if hs[0].Network().Connectedness(evil.ID()) == network.Connected {
					t.Error("the bad peer is still connected")
				}
				if got := a.Peers(); len(got) != 0 {
					t.Errorf("a's weft peers after: %v", got)
				}
				_ = s.Reset()
			})
		})
	}
}

// A host that runs only gossipsub still gets the application's messages: weft
// hosts publish on both, weft skips the peer that does not speak /weft/1.
func TestMixedNetwork(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hs, stop := simHosts(t, 3)
		defer stop()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		gsTopics := make([]*pubsub.Topic, 3)
		gsSubs := make([]*pubsub.Subscription, 3)
		for i, h := range hs {
			gs, err := pubsub.NewGossipSub(ctx, h, pubsub.WithMaxMessageSize(4<<20))
			if err != nil {
				t.Fatal(err)
			}
			if gsTopics[i], err = gs.Join("blocks"); err != nil {
				t.Fatal(err)
			}
			if gsSubs[i], err = gsTopics[i].Subscribe(); err != nil {
				t.Fatal(err)
			}
		}
		a := newPS(t, hs[0], Config{})
		defer a.Close()
		b := newPS(t, hs[1], Config{})
		defer b.Close()
		ta, _ := a.Join("blocks")
		tb, _ := b.Join("blocks")
		sb, _ := tb.Subscribe()
		connect(t, hs[0], hs[1])
		connect(t, hs[0], hs[2])
		connect(t, hs[1], hs[2])
		time.Sleep(3 * time.Second) // gossipsub's mesh forms

		if got := a.Peers(); len(got) != 1 || got[0] != hs[1].ID() {
			t.Fatalf("a's weft peers %v, want only b", got)
		}
		msg := make([]byte, 1<<20)
		msg[0] = 42
		if err := ta.Publish(ctx, msg); err != nil {
			t.Fatal(err)
		}
		if err := gsTopics[0].Publish(ctx, msg); err != nil {
			t.Fatal(err)
		}
		tctx, tcancel := context.WithTimeout(ctx, 30*time.Second)
		defer tcancel()
		if m, err := sb.Next(tctx); err != nil || len(m.Data) != len(msg) || m.Data[0] != 42 {
			t.Fatalf("b over weft: %v", err)
		}
		if m, err := gsSubs[2].Next(tctx); err != nil || len(m.Data) != len(msg) || m.Data[0] != 42 {
			t.Fatalf("c over gossipsub: %v", err)
		}
		cancel()
	})
}
