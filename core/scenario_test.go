package core

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Scenario tests, in the style of etcd raft's datadriven files: testdata/*.txt
// hold commands and their expected output, separated by "----" and ended by a
// blank line. go test -run TestScenarios -rewrite rewrites the expected output.
//
// Commands (key=value arguments):
//
//	net n=3 links=1-2,2-3 [window=1] [haves=8] [gen=N]   engines 1..n and links
//	publish node=1 size=4096 strategy=rlnc [chunk=1024]  a message from node
//	deliver [from=1] [to=2] [count=N]                    deliver queued frames, FIFO
//	drop [from=1] [to=2]                                 drop queued frames
//	corrupt [from=1] [to=2]                              flip a payload byte of the next queued chunk
//	inject node=2 from=1 hex=...                         a raw frame
//	tick node=1 ms=300                                   advance one node's clock
//	state node=2                                         sessions and progress
//	queue                                                queued frames
var rewrite = flag.Bool("rewrite", false, "rewrite the expected output of testdata/*.txt")

type scenario struct {
	t      *testing.T
	nodes  []*Engine
	queue  []sframe
	strats map[MessageID]StrategyID
	msgs   map[MessageID][]byte
	now    time.Time
	nextID byte
}

type sframe struct {
	from, to int
	frame    []byte
}

func TestScenarios(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no scenario files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) { runScenarioFile(t, file) })
	}
}

type directive struct {
	cmd      string
	args     map[string]string
	line     int
	expected string
}

func parseScenarioFile(t *testing.T, file string) (pre []string, ds []directive) {
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			if len(ds) == 0 {
				pre = append(pre, line)
			}
			continue
		}
		fields := strings.Fields(line)
		d := directive{cmd: fields[0], args: map[string]string{}, line: ln}
		for _, f := range fields[1:] {
			k, v, _ := strings.Cut(f, "=")
			d.args[k] = v
		}
		if !sc.Scan() || sc.Text() != "----" {
			t.Fatalf("%s:%d: expected ---- after command", file, ln)
		}
		ln++
		var out []string
		for sc.Scan() {
			ln++
			if sc.Text() == "" {
				break
			}
			out = append(out, sc.Text())
		}
		d.expected = strings.Join(out, "\n")
		ds = append(ds, d)
	}
	return pre, ds
}

func runScenarioFile(t *testing.T, file string) {
	pre, ds := parseScenarioFile(t, file)
	s := &scenario{t: t, strats: map[MessageID]StrategyID{}, msgs: map[MessageID][]byte{}, now: epoch}
	var rewritten strings.Builder
	for _, l := range pre {
		rewritten.WriteString(l + "\n")
	}
	for _, d := range ds {
		got := strings.TrimRight(s.run(d), "\n")
		if got == "" {
			got = "ok"
		}
		if *rewrite {
			fmt.Fprintf(&rewritten, "%s\n----\n%s\n\n", d.cmdLine(), got)
			continue
		}
		if got != d.expected {
			t.Errorf("%s:%d: %s\n--- got:\n%s\n--- want:\n%s", file, d.line, d.cmdLine(), got, d.expected)
		}
	}
	if *rewrite {
		if err := os.WriteFile(file, []byte(rewritten.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func (d directive) cmdLine() string {
	keys := make([]string, 0, len(d.args))
	for k := range d.args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := []string{d.cmd}
	for _, k := range keys {
		if d.args[k] == "" {
			parts = append(parts, k)
		} else {
			parts = append(parts, k+"="+d.args[k])
		}
	}
	return strings.Join(parts, " ")
}

func (d directive) int(t *testing.T, key string, def int) int {
	v, ok := d.args[key]
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		t.Fatalf("line %d: %s=%q: %v", d.line, key, v, err)
	}
	return n
}

func (s *scenario) run(d directive) string {
	t := s.t
	var out strings.Builder
	switch d.cmd {
	case "net":
		n := d.int(t, "n", 2)
		s.nodes = nil
		for i := 0; i < n; i++ {
			seed := make([]byte, 32)
			seed[0] = byte(i + 1)
			e, err := New(Config{Seed: uint64(i + 1), Signer: NewEd25519Signer(seed), Strategies: allStrategies(t),
				SendWindow: d.int(t, "window", 0), HaveSteps: d.int(t, "haves", 0), MaxGenSize: d.int(t, "gen", 0),
				MinChunkSize: 64})
			if err != nil {
				t.Fatal(err)
			}
			s.nodes = append(s.nodes, e)
		}
		for _, l := range strings.Split(d.args["links"], ",") {
			a, b, ok := strings.Cut(l, "-")
			if !ok {
				continue
			}
			i, _ := strconv.Atoi(a)
			j, _ := strconv.Atoi(b)
			_ = s.nodes[i-1].AddPeer(PeerID(j))
			_ = s.nodes[j-1].AddPeer(PeerID(i))
		}
	case "publish":
		i := d.int(t, "node", 1)
		sid, err := ParseStrategy(d.args["strategy"])
		if err != nil {
			t.Fatal(err)
		}
		size := d.int(t, "size", 1024)
		msg := make([]byte, size)
		for k := range msg {
			msg[k] = byte(k*13 + 7)
		}
		s.nextID++
		id := MessageID{s.nextID}
		s.strats[id], s.msgs[id] = sid, msg
		if err := s.nodes[i-1].Publish(s.now, id, msg, PublishOptions{Strategy: sid, ChunkSize: d.int(t, "chunk", 0)}); err != nil {
			fmt.Fprintf(&out, "error: %v\n", err)
		}
		s.collect(i, &out)
	case "deliver", "drop":
		from, to := d.int(t, "from", 0), d.int(t, "to", 0)
		count := d.int(t, "count", 1<<30)
		var keep []sframe
		var todo []sframe
		for _, f := range s.queue {
			if (from == 0 || f.from == from) && (to == 0 || f.to == to) && len(todo) < count {
				todo = append(todo, f)
			} else {
				keep = append(keep, f)
			}
		}
		s.queue = keep
		for _, f := range todo {
			if d.cmd == "drop" {
				fmt.Fprintf(&out, "dropped %d->%d %s\n", f.from, f.to, s.describe(f.frame))
				continue
			}
			err := s.nodes[f.to-1].Step(s.now, PeerID(f.from), f.frame)
			fmt.Fprintf(&out, "%d->%d %s", f.from, f.to, s.describe(f.frame))
			if err != nil {
				fmt.Fprintf(&out, " error: %v", err)
			}
			out.WriteString("\n")
			s.collect(f.to, &out)
		}
	case "corrupt":
		from, to := d.int(t, "from", 0), d.int(t, "to", 0)
		for i := range s.queue {
			f := &s.queue[i]
			if fi, err := PeekFrame(f.frame); err == nil && fi.Type == FrameChunk && (from == 0 || f.from == from) && (to == 0 || f.to == to) {
				f.frame[len(f.frame)-32] ^= 0x5a // the low byte of the last 32-byte word: a canonical scalar stays canonical
				fmt.Fprintf(&out, "corrupted %d->%d %s\n", f.from, f.to, s.describe(f.frame))
				break
			}
		}
	case "inject":
		i, from := d.int(t, "node", 1), d.int(t, "from", 2)
		frame, err := hexDecode(d.args["hex"])
		if err != nil {
			t.Fatal(err)
		}
		if err := s.nodes[i-1].Step(s.now, PeerID(from), frame); err != nil {
			fmt.Fprintf(&out, "error: %v\n", err)
		}
		s.collect(i, &out)
	case "tick":
		s.now = s.now.Add(time.Duration(d.int(t, "ms", 100)) * time.Millisecond)
		for i, e := range s.nodes {
			if n := d.int(t, "node", 0); n == 0 || n == i+1 {
				e.Tick(s.now)
				s.collect(i+1, &out)
			}
		}
	case "state":
		i := d.int(t, "node", 1)
		e := s.nodes[i-1]
		for _, ss := range e.active {
			have, need := ss.st.Progress()
			fmt.Fprintf(&out, "session %x %v progress=%d/%d complete=%v sent=%d\n", ss.id[:1], ss.hdr.Strategy, have, need, ss.complete, ss.sent)
		}
		for _, p := range e.plist {
			fmt.Fprintf(&out, "peer %d queued=%d score=%d\n", p.id, p.queued, int(p.score))
		}
	case "queue":
		for _, f := range s.queue {
			fmt.Fprintf(&out, "%d->%d %s\n", f.from, f.to, s.describe(f.frame))
		}
	default:
		t.Fatalf("line %d: unknown command %q", d.line, d.cmd)
	}
	return out.String()
}

// collect queues a node's output frames and prints deliveries and penalties.
func (s *scenario) collect(i int, out *strings.Builder) {
	e := s.nodes[i-1]
	rd := e.Ready()
	for _, dl := range rd.Delivered {
		ok := bytes.Equal(dl.Payload, s.msgs[dl.ID])
		fmt.Fprintf(out, "  node %d delivered %x (%d bytes, correct=%v)\n", i, dl.ID[:1], len(dl.Payload), ok)
	}
	for _, p := range rd.Penalties {
		fmt.Fprintf(out, "  node %d penalized peer %d: %d points (total %d, disconnect=%v): %v\n", i, p.Peer, p.Points, p.Total, p.Disconnect, p.Err)
	}
	var sent []int
	for _, f := range rd.Frames {
		s.queue = append(s.queue, sframe{i, int(f.To), bytes.Clone(f.Frame)})
		sent = append(sent, int(f.To))
	}
	e.Advance()
	for _, p := range sent {
		e.Sent(PeerID(p), 1)
	}
	if len(sent) > 0 {
		// Output of the Sent calls.
		s.collect(i, out)
	}
}

// describe prints a frame compactly, decoding strategy fields.
func (s *scenario) describe(frame []byte) string {
	fi, err := PeekFrame(frame)
	if err != nil {
		return fmt.Sprintf("bad frame (%v)", err)
	}
	body := frame[EnvelopeLen+IDLen:]
	id := fmt.Sprintf("%x", fi.ID[:1])
	sid := s.strats[fi.ID]
	switch fi.Type {
	case FrameHeader:
		h, err := ParseHeader(frame)
		if err != nil {
			return "header (bad)"
		}
		return fmt.Sprintf("header %s %v size=%d chunks=%d gen=%d chunk=%d", id, h.Strategy, h.Size, h.Chunks, h.GenSize, h.ChunkSize)
	case FrameChunk:
		switch sid {
		case StrategyRLNC:
			if len(body) < 7 {
				return "chunk (short)"
			}
			kind := []string{"explicit", "seeded", "systematic"}[min(int(body[2]), 2)]
			if body[2] == 2 {
				kind += fmt.Sprintf(" %d", binary.BigEndian.Uint32(body[3:]))
			}
			return fmt.Sprintf("chunk %s gen=%d %s", id, binary.BigEndian.Uint16(body), kind)
		case StrategyRS:
			return fmt.Sprintf("chunk %s shard=%d", id, binary.BigEndian.Uint16(body))
		}
		return fmt.Sprintf("chunk %s (%d bytes)", id, len(body))
	case FrameHave:
		switch sid {
		case StrategyRLNC:
			if len(body) < 3 {
				return "have (short)"
			}
			n := int(binary.BigEndian.Uint16(body[1:]))
			var es []string
			for i := 0; i < n && 3+6*i+6 <= len(body); i++ {
				e := body[3+6*i:]
				es = append(es, fmt.Sprintf("rank=%d credit=%d got=%d", binary.BigEndian.Uint16(e), binary.BigEndian.Uint16(e[2:]), binary.BigEndian.Uint16(e[4:])))
			}
			flag := ""
			if body[0]&1 != 0 {
				flag = " stalled"
			}
			return fmt.Sprintf("have %s%s %s", id, flag, strings.Join(es, "; "))
		case StrategyRS:
			return fmt.Sprintf("have %s flags=%d bitmap=%x", id, body[0], body[1:])
		}
		return fmt.Sprintf("have %s %x", id, body)
	case FrameDone:
		return "done " + id
	}
	return "?"
}

func hexDecode(s string) ([]byte, error) {
	var b []byte
	for i := 0; i+1 < len(s); i += 2 {
		v, err := strconv.ParseUint(s[i:i+2], 16, 8)
		if err != nil {
			return nil, err
		}
		b = append(b, byte(v))
	}
	return b, nil
}
