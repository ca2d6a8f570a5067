package core

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"testing"
	"time"
)

// FuzzEngine treats its input as a stream of commands to three connected
// Engines with a fake clock: publish, deliver, drop, corrupt or inject frames,
// tick, report sends, disconnect and reconnect. Invariants: no panic, nothing
// delivered that was not published under that id, memory and sessions within the
// configured caps.
func FuzzEngine(f *testing.F) {
	f.Add([]byte{0, 3, 10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 50, 1, 1, 1, 1})
	f.Add([]byte{0, 2, 40, 1, 3, 7, 1, 1, 1, 2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 4, 200, 1, 1, 1, 1, 1})
	f.Add([]byte{0, 1, 5, 0, 4, 1, 1, 6, 1, 1, 1, 5, 1, 1, 1, 1, 1, 1, 1, 1})
	f.Add([]byte{0, 0, 200, 3, 0, 1, 3, 2, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1})
	strats := allStrategies(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		const n = 3
		const maxMem = 1 << 20
		var engines [n]*Engine
		for i := range engines {
			seed := make([]byte, 32)
			seed[0] = byte(i + 1)
			e, err := New(Config{Seed: uint64(i), Signer: NewEd25519Signer(seed), Strategies: strats,
				MaxMemory: maxMem, MaxMessageSize: 64 << 10, MaxSessions: 8, MaxSessionsPerPeer: 4,
				MinChunkSize: 64, TargetChunks: 8, MaxTombstones: 16})
			if err != nil {
				t.Fatal(err)
			}
			engines[i] = e
		}
		connected := [n][n]bool{}
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if i != j {
					_ = engines[i].AddPeer(PeerID(j + 1))
					connected[i][j] = true
				}
			}
		}
		type pending struct {
			from, to int
			frame    []byte
		}
		var q []pending
		published := map[MessageID][]byte{}
		now := epoch
		collect := func(i int) {
			e := engines[i]
			rd := e.Ready()
			for _, d := range rd.Delivered {
				if want, ok := published[d.ID]; !ok || !bytes.Equal(want, d.Payload) {
					t.Fatalf("engine %d delivered a wrong message for %v", i, d.ID)
				}
			}
			var sent [n]int
			for _, o := range rd.Frames {
				j := int(o.To) - 1
				if len(q) < 4096 {
					q = append(q, pending{i, j, bytes.Clone(o.Frame)})
				}
				sent[j]++
			}
			e.Advance()
			for j, c := range sent {
				e.Sent(PeerID(j+1), c)
			}
			if e.Memory() > maxMem || e.Sessions() > 8 {
				t.Fatalf("engine %d: memory %d, sessions %d", i, e.Memory(), e.Sessions())
			}
		}
		next := func() byte {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return b
		}
		for steps := 0; len(data) > 0 && steps < 2000; steps++ {
			switch op := next() % 8; op {
			case 0: // publish
				i := int(next()) % n
				size := int(next()) * 64
				sid := StrategyID(1 + next()%4)
				msg := make([]byte, size)
				for k := range msg {
					msg[k] = byte(k*31) ^ byte(steps)
				}
				id := MessageID(sha256.Sum256(append(msg, byte(steps))))
				published[id] = msg
				_ = engines[i].Publish(now, id, msg, PublishOptions{Strategy: sid})
				collect(i)
			case 1, 2: // deliver the next frame
				if len(q) == 0 {
					continue
				}
				p := q[0]
				q = q[1:]
				if connected[p.to][p.from] {
					_ = engines[p.to].Step(now, PeerID(p.from+1), p.frame)
					collect(p.to)
				}
			case 3: // corrupt a byte of the next frame, then deliver it
				if len(q) == 0 {
					continue
				}
				p := q[0]
				q = q[1:]
				if len(p.frame) > 0 {
					k := int(binary.BigEndian.Uint16([]byte{next(), next()})) % len(p.frame)
					p.frame[k] ^= next() | 1
				}
				if connected[p.to][p.from] {
					_ = engines[p.to].Step(now, PeerID(p.from+1), p.frame)
					collect(p.to)
				}
			case 4: // tick
				now = now.Add(time.Duration(next()) * 10 * time.Millisecond)
				for i := range engines {
					engines[i].Tick(now)
					collect(i)
				}
			case 5: // inject raw bytes from a peer
				i, j := int(next())%n, int(next())%n
				k := min(int(next()), len(data))
				frame := append([]byte(nil), data[:k]...)
				data = data[k:]
				if i != j && connected[i][j] {
					_ = engines[i].Step(now, PeerID(j+1), frame)
					collect(i)
				}
			case 6: // drop a frame
				if len(q) > 0 {
					q = q[1:]
				}
			case 7: // disconnect or reconnect a pair
				i, j := int(next())%n, int(next())%n
				if i == j {
					continue
				}
				if connected[i][j] {
					_ = engines[i].RemovePeer(PeerID(j + 1))
					_ = engines[j].RemovePeer(PeerID(i + 1))
					connected[i][j], connected[j][i] = false, false
				} else {
					_ = engines[i].AddPeer(PeerID(j + 1))
					_ = engines[j].AddPeer(PeerID(i + 1))
					connected[i][j], connected[j][i] = true, true
					collect(i)
					collect(j)
				}
			}
		}
	})
}

// FuzzStep feeds one arbitrary frame to an Engine with an open session of each
// strategy: no panic, and a refused frame is always an error.
func FuzzStep(f *testing.F) {
	for _, name := range []string{"rlnc-chunk", "rs-chunk", "rlnc-have", "rs-header", "rlnc-verified-chunk", "flood-done"} {
		if raw, err := readGolden(name); err == nil {
			f.Add(raw)
		}
	}
	strats := allStrategies(f)
	f.Fuzz(func(t *testing.T, frame []byte) {
		e, err := New(Config{Strategies: strats, MaxMessageSize: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		_ = e.AddPeer(1)
		_ = e.Step(epoch, 1, frame)
		e.Tick(epoch.Add(time.Second))
		if len(e.Ready().Delivered) > 0 {
			t.Fatal("delivered from a single frame")
		}
	})
}
