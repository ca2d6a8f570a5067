package weftprysm_test

import (
	"crypto/rand"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
)

// TestStreamNegotiatedAtOnce: the Service's stream to a new weft peer is
// negotiated as soon as it is opened, not with the first frame. go-libp2p
// negotiates lazily, and a peer resets a stream whose negotiation has not
// arrived within 10 s: a node that published its first block more than 10 s
// after connecting lost it (and the link) before this.
func TestStreamNegotiatedAtOnce(t *testing.T) {
	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.Transport(tcp.NewTCPTransport), libp2p.DisableRelay())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	opened := make(chan struct{}, 1)
	// The stream handler runs once the protocol is negotiated.
	h.SetStreamHandler(weftprysm.ProtocolID, func(s network.Stream) {
		select {
		case opened <- struct{}{}:
		default:
		}
		buf := make([]byte, 1024)
		for {
			if _, err := s.Read(buf); err != nil {
				return
			}
		}
	})
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	addr := h.Addrs()[0].String() + "/p2p/" + h.ID().String()
	svc, err := weftprysm.New(weftprysm.Config{Key: key, Peers: []string{addr},
		Logger: slog.New(slog.NewTextHandler(os.Stderr, nil))}, newChain(t, nil, [32]byte{}), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(); err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	select {
	case <-opened:
	case <-time.After(8 * time.Second): // under go-libp2p's 10 s negotiation timeout
		t.Fatal("the weft stream was not negotiated before its first frame")
	}
}
