package devnet

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Event is one Beacon API server-sent event, stamped when it was read.
type Event struct {
	Topic string
	Data  json.RawMessage
	At    time.Time
}

// WaitHTTP waits for the beacon node's "Starting HTTP server" log line.
func (nd *Node) WaitHTTP(ctx context.Context) error {
	_, _, err := nd.Beacon.Wait(ctx, 0, func(l string) bool { return strings.Contains(l, "Starting HTTP server") })
	return err
}

// Events subscribes to the node's Beacon API event stream for topics. The
// channel closes when ctx ends or the stream breaks; the node's HTTP server
// must be up (WaitHTTP). A refused connection right after the server's start
// line is retried a few times.
func (nd *Node) Events(ctx context.Context, topics ...string) (<-chan Event, error) {
	url := nd.BeaconAPI() + "/eth/v1/events?topics=" + strings.Join(topics, ",")
	var resp *http.Response
	var err error
	for attempt := 0; attempt < 100; attempt++ {
		req, e := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if e != nil {
			return nil, e
		}
		req.Header.Set("Accept", "text/event-stream")
		resp, err = http.DefaultClient.Do(req)
		if err == nil {
			break
		}
		t := time.NewTimer(100 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
	if err != nil {
		return nil, fmt.Errorf("devnet: events: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("devnet: events: %s", resp.Status)
	}
	ch := make(chan Event, 256)
	go func() {
		defer close(ch)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		var topic string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event:"):
				topic = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
			case strings.HasPrefix(line, "data:"):
				ev := Event{Topic: topic, Data: json.RawMessage(strings.TrimSpace(strings.TrimPrefix(line, "data:"))), At: time.Now()}
				select {
				case ch <- ev:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return ch, nil
}

// Get fetches a Beacon API path into v (JSON).
func (nd *Node) Get(ctx context.Context, path string, v any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, nd.BeaconAPI()+path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil
	}
	if v == nil {
		return resp.StatusCode, nil
	}
	return resp.StatusCode, json.NewDecoder(resp.Body).Decode(v)
}

// ErrExited reports a devnet process that exited early.
var ErrExited = errors.New("devnet: a process exited")
