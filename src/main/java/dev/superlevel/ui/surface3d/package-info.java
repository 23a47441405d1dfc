/**
 * The app's 3-D view: {@link dev.superlevel.ui.surface3d.SurfaceViewModel} (state, background rendering,
 * exports), {@link dev.superlevel.ui.surface3d.SurfacePane} (the node) and
 * {@link dev.superlevel.ui.surface3d.SurfaceActions} (the switch, menu items and toolbar button the main window
 * hosts).
 */
package dev.superlevel.ui.surface3d;
