//! The timeline: an SVG swimlane per thread (see `view::timeline` for the axis), a cursor at the
//! current step, and clicking anywhere jumps there. Bars are drawn once per run; only the cursor
//! moves as the learner steps.

use yew::prelude::*;

use crate::ui::state::{Recorded, Shared};
use crate::view::thread_class;
use crate::view::timeline::BarKind;

/// Height of one lane in pixels.
const LANE: usize = 26;

/// Height of the axis under the lanes, where clock jumps show their break marks.
const AXIS: usize = 10;

/// Bars at least this wide (percent) carry their label.
const LABEL_MIN_WIDTH: f64 = 20.0;

/// Width of the block that marks a failure or a stop at exit, in percent of the width.
const END_MARK: f64 = 1.2;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub recorded: Shared<Recorded>,
    pub step: usize,
    /// False until the learner first runs or steps: the bars would give away what the lesson
    /// asks them to predict, so only the lanes are drawn.
    pub revealed: bool,
    pub on_goto: Callback<usize>,
}

#[function_component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let timeline = &props.recorded.timeline;
    let lanes_height = (timeline.lanes.len() * LANE).max(LANE);
    let height = lanes_height + AXIS;
    // Measured against the svg itself: with Yew's event delegation the event's current target is
    // the app's root, not the element the listener was written on.
    let svg = use_node_ref();
    let onclick = {
        let (recorded, on_goto, svg) = (props.recorded.clone(), props.on_goto.clone(), svg.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(target) = svg.cast::<web_sys::Element>() else { return };
            let rect = target.get_bounding_client_rect();
            if rect.width() > 0.0 {
                let fraction = (f64::from(e.client_x()) - rect.left()) / rect.width();
                on_goto.emit(recorded.timeline.step_at(fraction));
            }
        })
    };
    let cursor = format!("{:.3}%", timeline.x(props.step) * 100.0);
    let names = timeline.lanes.iter().map(|lane| {
        html! {
            <div class={classes!("lane-name", thread_class(lane.thread), lane.daemon.then_some("daemon"))} title={lane.name.clone()}>
                <span class="swatch"></span>
                <span class="name">{ super::console::shown_name(&lane.name) }</span>
                if lane.daemon { <span class="badge">{ "daemon" }</span> }
            </div>
        }
    });
    let ticks = timeline.ticks.iter().map(|t| {
        let style = format!("left: {:.3}%", t.x * 100.0);
        html! { <span class={classes!("tick", (t.x > 0.85).then_some("end"))} {style}>{ t.label.clone() }</span> }
    });
    let legend = [
        BarKind::Running,
        BarKind::Ready,
        BarKind::Sleeping,
        BarKind::Blocked,
        BarKind::Finished,
        BarKind::Failed,
        BarKind::Stopped,
    ]
    .map(|k| html! { <span class="key"><span class={classes!("chip", k.class())}></span>{ k.word() }</span> });
    let jump_key =
        html! { <span class="key"><span class="chip brk-chip"></span>{ "clock jump, drawn shorter" }</span> };
    html! {
        <figure class="timeline" aria-label="Timeline">
            <div class="timeline-grid">
                <div class="lane-names">{ for names }</div>
                <div class="lane-area">
                    <svg ref={svg} class="lanes" width="100%" height={height.to_string()} role="img"
                        aria-label="Thread states over the run; click to jump there" {onclick}>
                        if props.revealed {
                            <Bars recorded={props.recorded.clone()} />
                        } else {
                            <text class="timeline-hint" x="50%" y={(lanes_height / 2 + 4).to_string()} text-anchor="middle">
                                { "Run or Step to see what each thread does" }
                            </text>
                        }
                        <line class="cursor" x1={cursor.clone()} x2={cursor} y1="0" y2={height.to_string()} />
                    </svg>
                    if props.revealed {
                        <div class="ticks">{ for ticks }</div>
                    }
                </div>
            </div>
            <figcaption class="legend">{ for legend }{ jump_key }</figcaption>
            if props.revealed {
                <ul class="visually-hidden" aria-label="Threads at this step">
                    { for crate::view::timeline::thread_states(props.recorded.trace(), props.step).into_iter().map(|s| html! { <li>{ s }</li> }) }
                </ul>
            }
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct BarsProps {
    recorded: Shared<Recorded>,
}

/// All bars of the run, re-rendered only for a new run.
#[function_component]
fn Bars(props: &BarsProps) -> Html {
    let timeline = &props.recorded.timeline;
    let lanes = timeline.lanes.iter().enumerate().map(|(row, lane)| {
        let y = row * LANE;
        let bars = lane.bars.iter().map(|bar| {
            let x = timeline.x(bar.from) * 100.0;
            let w = (timeline.x(bar.to) * 100.0 - x).max(0.15);
            let rect = |class: &'static str, x: f64, w: f64, top: usize, h: usize| {
                html! {
                    <rect class={classes!("bar", class)} x={format!("{x:.3}%")} width={format!("{w:.3}%")}
                        y={top.to_string()} height={h.to_string()}>
                        <title>{ bar.title.clone() }</title>
                    </rect>
                }
            };
            let (thin_top, full_top) = (y + LANE / 2 - 1, y + 5);
            match bar.kind {
                BarKind::Finished | BarKind::Created => rect(bar.kind.class(), x, w, thin_top, 2),
                // An end: a short block where it happened, then the thread's line goes on thin.
                BarKind::Failed | BarKind::Stopped => {
                    let mark = w.min(END_MARK);
                    html! { <>
                        { rect(bar.kind.class(), x, mark, full_top, LANE - 10) }
                        { rect(bar.kind.class(), x, w, thin_top, 2) }
                    </> }
                }
                _ => {
                    // A long enough wait says what for, inside the bar (a nested svg clips the text).
                    let label = bar.label.as_ref().filter(|_| w >= LABEL_MIN_WIDTH).map(|text| {
                        html! {
                            <svg x={format!("{x:.3}%")} width={format!("{w:.3}%")} y={full_top.to_string()}
                                height={(LANE - 10).to_string()} overflow="hidden">
                                <text class="bar-label" x="6" y="12">{ text.clone() }</text>
                            </svg>
                        }
                    });
                    html! { <>{ rect(bar.kind.class(), x, w, full_top, LANE - 10) }{ label }</> }
                }
            }
        });
        html! {
            <g class={classes!("lane", thread_class(lane.thread), lane.daemon.then_some("daemon"))}>
                <rect class="lane-bg" x="0" width="100%" y={y.to_string()} height={LANE.to_string()} />
                { for bars }
            </g>
        }
    });
    // The axis, and a break through the lanes and across the axis at each clock jump.
    let bottom = (timeline.lanes.len() * LANE).max(LANE);
    let axis = bottom + AXIS / 2;
    let breaks = timeline.breaks.iter().map(|b| {
        html! {
            <svg class="brk" x={format!("{:.3}%", b.x * 100.0)} y="0" width="1" overflow="visible">
                <title>{ b.title.clone() }</title>
                <line x1="0" x2="0" y1="0" y2={bottom.to_string()} />
                <path d={format!("M-5,{} l4,-8 M1,{} l4,-8", axis + 4, axis + 4)} />
            </svg>
        }
    });
    // A mark on the axis where the schedule chose otherwise than CPython's order.
    let changes = timeline.changes.iter().map(|x| {
        html! {
            <svg class="decision" x={format!("{:.3}%", x * 100.0)} y={(axis - 5).to_string()} width="1" overflow="visible">
                <title>{ "Here the schedule chose otherwise than CPython's own order" }</title>
                <path d="M-4,0 L4,0 L0,7 Z" />
            </svg>
        }
    });
    html! {
        <g>
            { for lanes }
            <line class="axis" x1="0" x2="100%" y1={axis.to_string()} y2={axis.to_string()} />
            { for breaks }
            { for changes }
        </g>
    }
}
