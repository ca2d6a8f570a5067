package sidecar_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prysmaticlabs/prysm/v5/api/server/structs"
	"github.com/prysmaticlabs/prysm/v5/config/params"
	ethpb "github.com/prysmaticlabs/prysm/v5/proto/prysm/v1alpha1"
	weftprysm "github.com/weftnet/weft/adapters/prysm"
	"github.com/weftnet/weft/adapters/prysm/sidecar"
)

// capture passes every record on and sends those with one of msgs to ch.
type capture struct {
	slog.Handler
	msgs []string
	ch   chan slog.Record
}

func (h capture) Handle(ctx context.Context, r slog.Record) error {
	if slices.Contains(h.msgs, r.Message) {
		select {
		case h.ch <- r.Clone():
		default:
		}
	}
	return h.Handler.Handle(ctx, r)
}

func (h capture) WithAttrs(as []slog.Attr) slog.Handler {
	return capture{Handler: h.Handler.WithAttrs(as), msgs: h.msgs, ch: h.ch}
}

type harness struct {
	s         *sidecar.Sidecar
	reg       *prometheus.Registry
	url       string
	connected chan slog.Record
}

func startSidecar(t *testing.T, node *fakeNode, mod func(*sidecar.Config), peers ...string) *harness {
	t.Helper()
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	h := &harness{reg: prometheus.NewRegistry(), connected: make(chan slog.Record, 1)}
	log := slog.New(capture{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}),
		msgs: []string{"weft: peer connected"}, ch: h.connected})
	cfg := sidecar.Config{Listen: "127.0.0.1:0", NodeURL: node.URL(), Logger: log, Registerer: h.reg,
		ConnectTimeout: 10 * time.Second,
		Weft:           weftprysm.Config{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Peers: peers, Blobs: true}}
	if mod != nil {
		mod(&cfg)
	}
	s, err := sidecar.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	h.s, h.url = s, "http://"+s.Addr().String()
	return h
}

// waitConnected waits for each harness's first weft peer.
func waitConnected(t *testing.T, hs ...*harness) {
	t.Helper()
	for _, h := range hs {
		select {
		case <-h.connected:
		case <-time.After(30 * time.Second):
			t.Fatal("the weft peers did not connect")
		}
	}
}

// metric returns the sum of a counter's series that have the given labels.
func metric(t *testing.T, reg *prometheus.Registry, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for k, v := range labels {
				found := false
				for _, lp := range m.GetLabel() {
					if lp.GetName() == k && lp.GetValue() == v {
						found = true
					}
				}
				if !found {
					continue next
				}
			}
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}

// waitMetric polls a counter until it reaches want or the deadline passes.
func waitMetric(t *testing.T, reg *prometheus.Registry, name string, labels map[string]string, want float64) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := metric(t, reg, name, labels)
		if got >= want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s%v = %v, want >= %v", name, labels, got, want)
		}
		time.Sleep(20 * time.Millisecond) // polling a counter, not waiting for the network
	}
}

func post(t *testing.T, url, path string, hdr map[string]string, body []byte) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func denebJSON(t *testing.T, c *ethpb.SignedBeaconBlockContentsDeneb) []byte {
	t.Helper()
	v, err := structs.SignedBeaconBlockContentsDenebFromConsensus(c)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestProxy: every request other than a block publication reaches the node
// unchanged (path, query, headers, status, body), event streams flow as they
// come, blinded blocks pass through, and an unreachable node is a 502 with a
// Beacon API error body.
func TestProxy(t *testing.T) {
	params.SetupTestConfigCleanup(t)
	keys := newChainKeys(t)
	node := newFakeNode(t, keys)
	h := startSidecar(t, node, nil)

	req, _ := http.NewRequest(http.MethodGet, h.url+"/eth/v1/node/version?x=1", nil)
	req.Header.Set("X-Test", "hi")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "fake/v1") || resp.Header.Get("X-Echo") != "hi|x=1" {
		t.Fatalf("GET through the sidecar: %d %q echo %q", resp.StatusCode, b, resp.Header.Get("X-Echo"))
	}

	// An event stream: the first event arrives while the stream stays open.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	req, _ = http.NewRequestWithContext(ctx, http.MethodGet, h.url+"/eth/v1/events?topics=head", nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(resp.Body).ReadString('\n')
	if err != nil || line != "event: head\n" {
		t.Fatalf("event stream: %q, %v", line, err)
	}
	cancel()
	resp.Body.Close()

	// Blinded blocks pass through untouched; nothing is published.
	code, _ := post(t, h.url, "/eth/v2/beacon/blinded_blocks", map[string]string{"Eth-Consensus-Version": "deneb"}, []byte("blinded"))
	if code != 200 {
		t.Fatalf("blinded block: %d", code)
	}
	if r := node.next(t, 5*time.Second); r.Path != "/eth/v2/beacon/blinded_blocks" || string(r.Body) != "blinded" || r.Version != "deneb" {
		t.Fatalf("blinded block forwarded as %+v", r)
	}
	if n := metric(t, h.reg, "weft_sidecar_publish_skipped_total", nil) + metric(t, h.reg, "weft_sidecar_published_total", nil); n != 0 {
		t.Fatalf("a blinded block went to the publish path (%v)", n)
	}

	node.srv.Close()
	resp, err = http.Get(h.url + "/eth/v1/node/version")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadGateway || !strings.Contains(string(b), "beacon node unreachable") {
		t.Fatalf("node down: %d %s", resp.StatusCode, b)
	}
}

// TestPublishAndReceive: blocks a validator client posts to sidecar A (Deneb
// with blobs as JSON on v2, Electra with a blob as SSZ, Deneb without blobs
// as JSON on v1 without a version header) reach A's node unchanged and, through
// weft, sidecar B, which posts each to its own node as SSZ block contents.
func TestPublishAndReceive(t *testing.T) {
	params.SetupTestConfigCleanup(t)
	keys := newChainKeys(t)
	nodeA, nodeB := newFakeNode(t, keys), newFakeNode(t, keys)
	a := startSidecar(t, nodeA, nil)
	b := startSidecar(t, nodeB, nil, a.s.Weft().Addrs()...)
	waitConnected(t, a, b)

	deneb := denebContents(t, keys, 9, 3, 2, nil)
	electra := electraContents(t, keys, electraSlot+1, 5, 1)
	plain := denebContents(t, keys, 10, 4, 0, nil)
	denebSSZ, err := electra.MarshalSSZ()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, path string
		hdr        map[string]string
		body       []byte
		want       any // the contents B's node must receive
	}{
		{"deneb json v2 with 2 blobs", "/eth/v2/beacon/blocks", map[string]string{"Eth-Consensus-Version": "deneb", "Content-Type": "application/json"},
			denebJSON(t, deneb), deneb},
		{"electra ssz v2 with a blob", "/eth/v2/beacon/blocks", map[string]string{"Eth-Consensus-Version": "electra", "Content-Type": "application/octet-stream"},
			denebSSZ, electra},
		{"deneb json v1 without version header", "/eth/v1/beacon/blocks", map[string]string{"Content-Type": "application/json"},
			denebJSON(t, plain), plain},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _ := post(t, a.url, c.path, c.hdr, c.body)
			if code != 200 {
				t.Fatalf("publish: %d", code)
			}
			fwd := nodeA.next(t, 5*time.Second)
			if fwd.Path != c.path || !bytes.Equal(fwd.Body, c.body) {
				t.Fatalf("A's node got %s (%d bytes), want the request unchanged", fwd.Path, len(fwd.Body))
			}
			got := nodeB.next(t, 20*time.Second)
			if got.Path != "/eth/v2/beacon/blocks" || got.ContentType != "application/octet-stream" {
				t.Fatalf("B posted %s %s", got.Path, got.ContentType)
			}
			want, err := c.want.(interface{ MarshalSSZ() ([]byte, error) }).MarshalSSZ()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Body, want) {
				t.Fatalf("B's node got %d bytes (%s), not the block contents A's validator posted (%d bytes)", len(got.Body), got.Version, len(want))
			}
		})
	}
	waitMetric(t, a.reg, "weft_sidecar_published_total", nil, 3)
	waitMetric(t, b.reg, "weft_sidecar_node_posts_total", map[string]string{"result": "ok", "known": "false"}, 3)

	// A node that refuses a block: counted, logged, nothing else.
	nodeB.set(func(f *fakeNode) { f.answer = http.StatusBadRequest })
	refused := denebContents(t, keys, 11, 2, 0, nil)
	code, _ := post(t, a.url, "/eth/v2/beacon/blocks", map[string]string{"Eth-Consensus-Version": "deneb"},
		denebJSON(t, refused))
	if code != 200 {
		t.Fatalf("publish: %d", code)
	}
	nodeA.next(t, 5*time.Second)
	nodeB.next(t, 20*time.Second)
	waitMetric(t, b.reg, "weft_sidecar_node_posts_total", map[string]string{"result": "error"}, 1)
	if n := metric(t, b.reg, "weft_prysm_import_errors_total", nil); n != 1 {
		t.Errorf("import errors at B: %v, want 1", n)
	}
}
