package weft

import (
	"context"
	"sync"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/weftnet/weft/core"
)

// Message is a message delivered on a topic: decoded, checked against its
// publisher's signed header and accepted by the topic's validators.
type Message struct {
	ID    core.MessageID
	Topic string
	Data  []byte
	// Publisher is the publisher's header key; From is its peer ID when the key
	// is a libp2p ed25519 identity (empty otherwise).
	Publisher []byte
	From      peer.ID
	// ReceivedFrom is the peer whose header opened the session here.
	ReceivedFrom peer.ID
	// Local is true for a message this host published.
	Local bool
}

// ValidationResult is a validator's verdict, as in go-libp2p-pubsub.
type ValidationResult int

// Validation results.
const (
	// ValidationAccept delivers the message to subscribers.
	ValidationAccept ValidationResult = iota
	// ValidationReject drops the message, counts it as invalid and stops
	// serving it: peers are told this node needs nothing more of it and it
	// forwards no further chunk (core's Engine.Reject).
	ValidationReject
	// ValidationIgnore drops the message silently and stops serving it, as
	// ValidationReject does.
	ValidationIgnore
)

// Validator checks a decoded message before subscribers see it. Unlike
// gossipsub, weft relays forward coded chunks before anything is decoded, so a
// validator gates local delivery and, once it says no, further serving (a
// message crosses the network once before anyone can judge it); the
// publisher's signature is already checked by the engine. Relays are not
// penalized for a rejected message, since they forwarded it undecoded. Validators run on one goroutine per PubSub, in order.
type Validator func(ctx context.Context, from peer.ID, msg *Message) ValidationResult

// Topic is a joined topic.
type Topic struct {
	ps   *PubSub
	name string

	mu     sync.Mutex
	closed bool
	vals   []Validator
	subs   map[*Subscription]struct{}
}

// Join joins a topic: from now on this host relays and accepts its messages.
// A topic can be joined once until its Topic is closed.
func (ps *PubSub) Join(topic string) (*Topic, error) {
	if len(topic) > core.MaxTopicLen {
		return nil, core.ErrTooLarge
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.closed {
		return nil, ErrClosed
	}
	if ps.topics[topic] != nil {
		return nil, ErrTopicJoined
	}
	t := &Topic{ps: ps, name: topic, subs: map[*Subscription]struct{}{}}
	ps.topics[topic] = t
	return t, nil
}

// String returns the topic's name.
func (t *Topic) String() string { return t.name }

// AddValidator adds a validator; messages must pass every validator in order.
func (t *Topic) AddValidator(v Validator) {
	t.mu.Lock()
	t.vals = append(t.vals, v)
	t.mu.Unlock()
}

// RegisterTopicValidator adds v to a joined topic, like go-libp2p-pubsub's
// method of that name.
func (ps *PubSub) RegisterTopicValidator(topic string, v Validator) error {
	ps.mu.Lock()
	t := ps.topics[topic]
	ps.mu.Unlock()
	if t == nil {
		return ErrTopicClosed
	}
	t.AddValidator(v)
	return nil
}

// Publish sends data to the topic's subscribers across the network. It returns
// once the engine has taken the message (the data is copied), not once peers
// have it. Local subscribers receive it too.
func (t *Topic) Publish(ctx context.Context, data []byte) error {
	t.mu.Lock()
	closed := t.closed
	t.mu.Unlock()
	if closed {
		return ErrTopicClosed
	}
	r := &publishReq{topic: t.name, data: data, errc: make(chan error, 1)}
	select {
	case t.ps.events <- event{kind: evPublish, pub: r}:
	case <-t.ps.ctx.Done():
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-r.errc:
		return err
	case <-t.ps.ctx.Done():
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Subscribe returns a new subscription to the topic.
func (t *Topic) Subscribe() (*Subscription, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return nil, ErrTopicClosed
	}
	s := &Subscription{t: t, ch: make(chan *Message, t.ps.cfg.SubscriptionBuffer), done: make(chan struct{})}
	t.subs[s] = struct{}{}
	return s, nil
}

// Close leaves the topic: its subscriptions end and its messages are no longer
// accepted from peers.
func (t *Topic) Close() error {
	t.ps.mu.Lock()
	if t.ps.topics[t.name] == t {
		delete(t.ps.topics, t.name)
	}
	t.ps.mu.Unlock()
	t.closeSubs()
	return nil
}

func (t *Topic) closeSubs() {
	t.mu.Lock()
	t.closed = true
	subs := t.subs
	t.subs = map[*Subscription]struct{}{}
	t.mu.Unlock()
	for s := range subs {
		s.cancel()
	}
}

func (t *Topic) deliver(ctx context.Context, m *Message) {
	t.mu.Lock()
	vals := append([]Validator(nil), t.vals...)
	t.mu.Unlock()
	if !m.Local {
		for _, v := range vals {
			switch v(ctx, m.ReceivedFrom, m) {
			case ValidationAccept:
				continue
			case ValidationReject:
				t.ps.st.valRejected.Add(1)
				t.ps.send(event{kind: evReject, id: m.ID})
				return
			default:
				t.ps.send(event{kind: evReject, id: m.ID})
				return
			}
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for s := range t.subs {
		select {
		case s.ch <- m:
		default:
			t.ps.log.Debug("slow subscriber, message dropped", "topic", t.name, "id", m.ID)
		}
	}
}

// Subscription receives a topic's messages.
type Subscription struct {
	t    *Topic
	ch   chan *Message
	done chan struct{}
	once sync.Once
}

// Topic returns the subscription's topic name.
func (s *Subscription) Topic() string { return s.t.name }

// Next returns the next message, or an error once ctx is done or the
// subscription is cancelled.
func (s *Subscription) Next(ctx context.Context) (*Message, error) {
	select {
	case m := <-s.ch:
		return m, nil
	default:
	}
	select {
	case m := <-s.ch:
		return m, nil
	case <-s.done:
		return nil, ErrSubCancelled
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Cancel ends the subscription.
func (s *Subscription) Cancel() {
	s.t.mu.Lock()
	delete(s.t.subs, s)
	s.t.mu.Unlock()
	s.cancel()
}

func (s *Subscription) cancel() { s.once.Do(func() { close(s.done) }) }
