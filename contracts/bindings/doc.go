// Package bindings holds the abigen v2 bindings of weft's contracts (NodeRegistry,
// EquivocationDisputes, RelayPayments, WeftResolver), generated from
// contracts/artifacts/weft.combined.json by contracts/scripts/build.sh (`make contracts`).
// Do not edit registry.go or payments.go by hand.
//
// v2 bindings pack calls and unpack results; bind.Call and bind.Transact do the I/O:
//
//	reg := bindings.NewNodeRegistry()
//	c := reg.Instance(client, registryAddr)
//	res, err := bind.Call(c, nil, reg.PackResolve(operator), reg.UnpackResolve)
//	tx, err := bind.Transact(c, opts, reg.PackRemove(node))
//
// RelayPayments' eip712Domain() is bound as PaymentsEip712Domain (abigen alias), because
// NodeRegistry's binding in the same package already declares Eip712DomainOutput.
package bindings
