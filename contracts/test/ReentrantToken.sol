// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @dev A malicious ERC-20: on every transfer it calls `target` with `data` (set by the
/// test), e.g. RelayPayments.withdraw or withdrawEarnings, and records whether the
/// re-entrant call succeeded. Not for deployment.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public data;
    bool public attacking;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastRevert;

    constructor() ERC20("reentrant token", "EVIL") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (target != address(0) && !attacking && from != address(0)) {
            attacking = true;
            attempts++;
            (bool ok, bytes memory ret) = target.call(data);
            if (ok) successes++;
            else lastRevert = ret;
            attacking = false;
        }
    }
}

/// @dev A contract that acts as payer and relay and re-enters on ETH receipt.
contract ReentrantReceiver {
    address public target;
    bytes public data;
    uint256 public attempts;
    uint256 public successes;

    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
    }

    /// @dev Forwards an arbitrary call (with value) so tests can act as this contract.
    function exec(address to, bytes calldata payload) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call{value: msg.value}(payload);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        if (target != address(0) && attempts == 0) {
            attempts++;
            (bool ok,) = target.call(data);
            if (ok) successes++;
        }
    }
}
